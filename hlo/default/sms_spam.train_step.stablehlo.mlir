module @sms_spam_train_step attributes {mhlo.num_replicas = 1 : i32, mhlo.num_partitions = 1 : i32} {
  func.func public @main(%arg0: tensor<32x48xi32>, %arg1: tensor<32x48xi32>, %arg2: tensor<32x3xi32>, %arg3: tensor<32x3xi32>, %arg4: tensor<i32>, %arg5: tensor<2xui64>, %arg6: tensor<32128x128xf32> {tf.aliasing_output = 3 : i32}, %arg7: tensor<32x4xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<128xf32> {tf.aliasing_output = 11 : i32}, %arg9: tensor<128x128xf32> {tf.aliasing_output = 15 : i32}, %arg10: tensor<128x128xf32> {tf.aliasing_output = 19 : i32}, %arg11: tensor<128x128xf32> {tf.aliasing_output = 23 : i32}, %arg12: tensor<128x128xf32> {tf.aliasing_output = 27 : i32}, %arg13: tensor<128xf32> {tf.aliasing_output = 31 : i32}, %arg14: tensor<128x512xf32> {tf.aliasing_output = 35 : i32}, %arg15: tensor<512x128xf32> {tf.aliasing_output = 39 : i32}, %arg16: tensor<128xf32> {tf.aliasing_output = 43 : i32}, %arg17: tensor<128x128xf32> {tf.aliasing_output = 47 : i32}, %arg18: tensor<128x128xf32> {tf.aliasing_output = 51 : i32}, %arg19: tensor<128x128xf32> {tf.aliasing_output = 55 : i32}, %arg20: tensor<128x128xf32> {tf.aliasing_output = 59 : i32}, %arg21: tensor<128xf32> {tf.aliasing_output = 63 : i32}, %arg22: tensor<128x512xf32> {tf.aliasing_output = 67 : i32}, %arg23: tensor<512x128xf32> {tf.aliasing_output = 71 : i32}, %arg24: tensor<128xf32> {tf.aliasing_output = 75 : i32}, %arg25: tensor<128x128xf32> {tf.aliasing_output = 79 : i32}, %arg26: tensor<128x128xf32> {tf.aliasing_output = 83 : i32}, %arg27: tensor<128x128xf32> {tf.aliasing_output = 87 : i32}, %arg28: tensor<128x128xf32> {tf.aliasing_output = 91 : i32}, %arg29: tensor<128xf32> {tf.aliasing_output = 95 : i32}, %arg30: tensor<128x512xf32> {tf.aliasing_output = 99 : i32}, %arg31: tensor<512x128xf32> {tf.aliasing_output = 103 : i32}, %arg32: tensor<128xf32> {tf.aliasing_output = 107 : i32}, %arg33: tensor<128x128xf32> {tf.aliasing_output = 111 : i32}, %arg34: tensor<128x128xf32> {tf.aliasing_output = 115 : i32}, %arg35: tensor<128x128xf32> {tf.aliasing_output = 119 : i32}, %arg36: tensor<128x128xf32> {tf.aliasing_output = 123 : i32}, %arg37: tensor<128xf32> {tf.aliasing_output = 127 : i32}, %arg38: tensor<128x512xf32> {tf.aliasing_output = 131 : i32}, %arg39: tensor<512x128xf32> {tf.aliasing_output = 135 : i32}, %arg40: tensor<128xf32> {tf.aliasing_output = 139 : i32}, %arg41: tensor<32x4xf32> {tf.aliasing_output = 143 : i32}, %arg42: tensor<128xf32> {tf.aliasing_output = 147 : i32}, %arg43: tensor<128x128xf32> {tf.aliasing_output = 151 : i32}, %arg44: tensor<128x128xf32> {tf.aliasing_output = 155 : i32}, %arg45: tensor<128x128xf32> {tf.aliasing_output = 159 : i32}, %arg46: tensor<128x128xf32> {tf.aliasing_output = 163 : i32}, %arg47: tensor<128xf32> {tf.aliasing_output = 167 : i32}, %arg48: tensor<128x128xf32> {tf.aliasing_output = 171 : i32}, %arg49: tensor<128x128xf32> {tf.aliasing_output = 175 : i32}, %arg50: tensor<128x128xf32> {tf.aliasing_output = 179 : i32}, %arg51: tensor<128x128xf32> {tf.aliasing_output = 183 : i32}, %arg52: tensor<128xf32> {tf.aliasing_output = 187 : i32}, %arg53: tensor<128x512xf32> {tf.aliasing_output = 191 : i32}, %arg54: tensor<512x128xf32> {tf.aliasing_output = 195 : i32}, %arg55: tensor<128xf32> {tf.aliasing_output = 199 : i32}, %arg56: tensor<128x128xf32> {tf.aliasing_output = 203 : i32}, %arg57: tensor<128x128xf32> {tf.aliasing_output = 207 : i32}, %arg58: tensor<128x128xf32> {tf.aliasing_output = 211 : i32}, %arg59: tensor<128x128xf32> {tf.aliasing_output = 215 : i32}, %arg60: tensor<128xf32> {tf.aliasing_output = 219 : i32}, %arg61: tensor<128x128xf32> {tf.aliasing_output = 223 : i32}, %arg62: tensor<128x128xf32> {tf.aliasing_output = 227 : i32}, %arg63: tensor<128x128xf32> {tf.aliasing_output = 231 : i32}, %arg64: tensor<128x128xf32> {tf.aliasing_output = 235 : i32}, %arg65: tensor<128xf32> {tf.aliasing_output = 239 : i32}, %arg66: tensor<128x512xf32> {tf.aliasing_output = 243 : i32}, %arg67: tensor<512x128xf32> {tf.aliasing_output = 247 : i32}, %arg68: tensor<128xf32> {tf.aliasing_output = 251 : i32}, %arg69: tensor<128x128xf32> {tf.aliasing_output = 255 : i32}, %arg70: tensor<128x128xf32> {tf.aliasing_output = 259 : i32}, %arg71: tensor<128x128xf32> {tf.aliasing_output = 263 : i32}, %arg72: tensor<128x128xf32> {tf.aliasing_output = 267 : i32}, %arg73: tensor<128xf32> {tf.aliasing_output = 271 : i32}, %arg74: tensor<128x128xf32> {tf.aliasing_output = 275 : i32}, %arg75: tensor<128x128xf32> {tf.aliasing_output = 279 : i32}, %arg76: tensor<128x128xf32> {tf.aliasing_output = 283 : i32}, %arg77: tensor<128x128xf32> {tf.aliasing_output = 287 : i32}, %arg78: tensor<128xf32> {tf.aliasing_output = 291 : i32}, %arg79: tensor<128x512xf32> {tf.aliasing_output = 295 : i32}, %arg80: tensor<512x128xf32> {tf.aliasing_output = 299 : i32}, %arg81: tensor<128xf32> {tf.aliasing_output = 303 : i32}, %arg82: tensor<128x128xf32> {tf.aliasing_output = 307 : i32}, %arg83: tensor<128x128xf32> {tf.aliasing_output = 311 : i32}, %arg84: tensor<128x128xf32> {tf.aliasing_output = 315 : i32}, %arg85: tensor<128x128xf32> {tf.aliasing_output = 319 : i32}, %arg86: tensor<128xf32> {tf.aliasing_output = 323 : i32}, %arg87: tensor<128x128xf32> {tf.aliasing_output = 327 : i32}, %arg88: tensor<128x128xf32> {tf.aliasing_output = 331 : i32}, %arg89: tensor<128x128xf32> {tf.aliasing_output = 335 : i32}, %arg90: tensor<128x128xf32> {tf.aliasing_output = 339 : i32}, %arg91: tensor<128xf32> {tf.aliasing_output = 343 : i32}, %arg92: tensor<128x512xf32> {tf.aliasing_output = 347 : i32}, %arg93: tensor<512x128xf32> {tf.aliasing_output = 351 : i32}, %arg94: tensor<128xf32> {tf.aliasing_output = 355 : i32}, %arg95: tensor<32128x128xf32> {tf.aliasing_output = 4 : i32}, %arg96: tensor<32128x128xf32> {tf.aliasing_output = 5 : i32}, %arg97: tensor<f32> {tf.aliasing_output = 6 : i32}, %arg98: tensor<32x4xf32> {tf.aliasing_output = 8 : i32}, %arg99: tensor<32x4xf32> {tf.aliasing_output = 9 : i32}, %arg100: tensor<f32> {tf.aliasing_output = 10 : i32}, %arg101: tensor<128xf32> {tf.aliasing_output = 12 : i32}, %arg102: tensor<128xf32> {tf.aliasing_output = 13 : i32}, %arg103: tensor<f32> {tf.aliasing_output = 14 : i32}, %arg104: tensor<128x128xf32> {tf.aliasing_output = 16 : i32}, %arg105: tensor<128x128xf32> {tf.aliasing_output = 17 : i32}, %arg106: tensor<f32> {tf.aliasing_output = 18 : i32}, %arg107: tensor<128x128xf32> {tf.aliasing_output = 20 : i32}, %arg108: tensor<128x128xf32> {tf.aliasing_output = 21 : i32}, %arg109: tensor<f32> {tf.aliasing_output = 22 : i32}, %arg110: tensor<128x128xf32> {tf.aliasing_output = 24 : i32}, %arg111: tensor<128x128xf32> {tf.aliasing_output = 25 : i32}, %arg112: tensor<f32> {tf.aliasing_output = 26 : i32}, %arg113: tensor<128x128xf32> {tf.aliasing_output = 28 : i32}, %arg114: tensor<128x128xf32> {tf.aliasing_output = 29 : i32}, %arg115: tensor<f32> {tf.aliasing_output = 30 : i32}, %arg116: tensor<128xf32> {tf.aliasing_output = 32 : i32}, %arg117: tensor<128xf32> {tf.aliasing_output = 33 : i32}, %arg118: tensor<f32> {tf.aliasing_output = 34 : i32}, %arg119: tensor<128x512xf32> {tf.aliasing_output = 36 : i32}, %arg120: tensor<128x512xf32> {tf.aliasing_output = 37 : i32}, %arg121: tensor<f32> {tf.aliasing_output = 38 : i32}, %arg122: tensor<512x128xf32> {tf.aliasing_output = 40 : i32}, %arg123: tensor<512x128xf32> {tf.aliasing_output = 41 : i32}, %arg124: tensor<f32> {tf.aliasing_output = 42 : i32}, %arg125: tensor<128xf32> {tf.aliasing_output = 44 : i32}, %arg126: tensor<128xf32> {tf.aliasing_output = 45 : i32}, %arg127: tensor<f32> {tf.aliasing_output = 46 : i32}, %arg128: tensor<128x128xf32> {tf.aliasing_output = 48 : i32}, %arg129: tensor<128x128xf32> {tf.aliasing_output = 49 : i32}, %arg130: tensor<f32> {tf.aliasing_output = 50 : i32}, %arg131: tensor<128x128xf32> {tf.aliasing_output = 52 : i32}, %arg132: tensor<128x128xf32> {tf.aliasing_output = 53 : i32}, %arg133: tensor<f32> {tf.aliasing_output = 54 : i32}, %arg134: tensor<128x128xf32> {tf.aliasing_output = 56 : i32}, %arg135: tensor<128x128xf32> {tf.aliasing_output = 57 : i32}, %arg136: tensor<f32> {tf.aliasing_output = 58 : i32}, %arg137: tensor<128x128xf32> {tf.aliasing_output = 60 : i32}, %arg138: tensor<128x128xf32> {tf.aliasing_output = 61 : i32}, %arg139: tensor<f32> {tf.aliasing_output = 62 : i32}, %arg140: tensor<128xf32> {tf.aliasing_output = 64 : i32}, %arg141: tensor<128xf32> {tf.aliasing_output = 65 : i32}, %arg142: tensor<f32> {tf.aliasing_output = 66 : i32}, %arg143: tensor<128x512xf32> {tf.aliasing_output = 68 : i32}, %arg144: tensor<128x512xf32> {tf.aliasing_output = 69 : i32}, %arg145: tensor<f32> {tf.aliasing_output = 70 : i32}, %arg146: tensor<512x128xf32> {tf.aliasing_output = 72 : i32}, %arg147: tensor<512x128xf32> {tf.aliasing_output = 73 : i32}, %arg148: tensor<f32> {tf.aliasing_output = 74 : i32}, %arg149: tensor<128xf32> {tf.aliasing_output = 76 : i32}, %arg150: tensor<128xf32> {tf.aliasing_output = 77 : i32}, %arg151: tensor<f32> {tf.aliasing_output = 78 : i32}, %arg152: tensor<128x128xf32> {tf.aliasing_output = 80 : i32}, %arg153: tensor<128x128xf32> {tf.aliasing_output = 81 : i32}, %arg154: tensor<f32> {tf.aliasing_output = 82 : i32}, %arg155: tensor<128x128xf32> {tf.aliasing_output = 84 : i32}, %arg156: tensor<128x128xf32> {tf.aliasing_output = 85 : i32}, %arg157: tensor<f32> {tf.aliasing_output = 86 : i32}, %arg158: tensor<128x128xf32> {tf.aliasing_output = 88 : i32}, %arg159: tensor<128x128xf32> {tf.aliasing_output = 89 : i32}, %arg160: tensor<f32> {tf.aliasing_output = 90 : i32}, %arg161: tensor<128x128xf32> {tf.aliasing_output = 92 : i32}, %arg162: tensor<128x128xf32> {tf.aliasing_output = 93 : i32}, %arg163: tensor<f32> {tf.aliasing_output = 94 : i32}, %arg164: tensor<128xf32> {tf.aliasing_output = 96 : i32}, %arg165: tensor<128xf32> {tf.aliasing_output = 97 : i32}, %arg166: tensor<f32> {tf.aliasing_output = 98 : i32}, %arg167: tensor<128x512xf32> {tf.aliasing_output = 100 : i32}, %arg168: tensor<128x512xf32> {tf.aliasing_output = 101 : i32}, %arg169: tensor<f32> {tf.aliasing_output = 102 : i32}, %arg170: tensor<512x128xf32> {tf.aliasing_output = 104 : i32}, %arg171: tensor<512x128xf32> {tf.aliasing_output = 105 : i32}, %arg172: tensor<f32> {tf.aliasing_output = 106 : i32}, %arg173: tensor<128xf32> {tf.aliasing_output = 108 : i32}, %arg174: tensor<128xf32> {tf.aliasing_output = 109 : i32}, %arg175: tensor<f32> {tf.aliasing_output = 110 : i32}, %arg176: tensor<128x128xf32> {tf.aliasing_output = 112 : i32}, %arg177: tensor<128x128xf32> {tf.aliasing_output = 113 : i32}, %arg178: tensor<f32> {tf.aliasing_output = 114 : i32}, %arg179: tensor<128x128xf32> {tf.aliasing_output = 116 : i32}, %arg180: tensor<128x128xf32> {tf.aliasing_output = 117 : i32}, %arg181: tensor<f32> {tf.aliasing_output = 118 : i32}, %arg182: tensor<128x128xf32> {tf.aliasing_output = 120 : i32}, %arg183: tensor<128x128xf32> {tf.aliasing_output = 121 : i32}, %arg184: tensor<f32> {tf.aliasing_output = 122 : i32}, %arg185: tensor<128x128xf32> {tf.aliasing_output = 124 : i32}, %arg186: tensor<128x128xf32> {tf.aliasing_output = 125 : i32}, %arg187: tensor<f32> {tf.aliasing_output = 126 : i32}, %arg188: tensor<128xf32> {tf.aliasing_output = 128 : i32}, %arg189: tensor<128xf32> {tf.aliasing_output = 129 : i32}, %arg190: tensor<f32> {tf.aliasing_output = 130 : i32}, %arg191: tensor<128x512xf32> {tf.aliasing_output = 132 : i32}, %arg192: tensor<128x512xf32> {tf.aliasing_output = 133 : i32}, %arg193: tensor<f32> {tf.aliasing_output = 134 : i32}, %arg194: tensor<512x128xf32> {tf.aliasing_output = 136 : i32}, %arg195: tensor<512x128xf32> {tf.aliasing_output = 137 : i32}, %arg196: tensor<f32> {tf.aliasing_output = 138 : i32}, %arg197: tensor<128xf32> {tf.aliasing_output = 140 : i32}, %arg198: tensor<128xf32> {tf.aliasing_output = 141 : i32}, %arg199: tensor<f32> {tf.aliasing_output = 142 : i32}, %arg200: tensor<32x4xf32> {tf.aliasing_output = 144 : i32}, %arg201: tensor<32x4xf32> {tf.aliasing_output = 145 : i32}, %arg202: tensor<f32> {tf.aliasing_output = 146 : i32}, %arg203: tensor<128xf32> {tf.aliasing_output = 148 : i32}, %arg204: tensor<128xf32> {tf.aliasing_output = 149 : i32}, %arg205: tensor<f32> {tf.aliasing_output = 150 : i32}, %arg206: tensor<128x128xf32> {tf.aliasing_output = 152 : i32}, %arg207: tensor<128x128xf32> {tf.aliasing_output = 153 : i32}, %arg208: tensor<f32> {tf.aliasing_output = 154 : i32}, %arg209: tensor<128x128xf32> {tf.aliasing_output = 156 : i32}, %arg210: tensor<128x128xf32> {tf.aliasing_output = 157 : i32}, %arg211: tensor<f32> {tf.aliasing_output = 158 : i32}, %arg212: tensor<128x128xf32> {tf.aliasing_output = 160 : i32}, %arg213: tensor<128x128xf32> {tf.aliasing_output = 161 : i32}, %arg214: tensor<f32> {tf.aliasing_output = 162 : i32}, %arg215: tensor<128x128xf32> {tf.aliasing_output = 164 : i32}, %arg216: tensor<128x128xf32> {tf.aliasing_output = 165 : i32}, %arg217: tensor<f32> {tf.aliasing_output = 166 : i32}, %arg218: tensor<128xf32> {tf.aliasing_output = 168 : i32}, %arg219: tensor<128xf32> {tf.aliasing_output = 169 : i32}, %arg220: tensor<f32> {tf.aliasing_output = 170 : i32}, %arg221: tensor<128x128xf32> {tf.aliasing_output = 172 : i32}, %arg222: tensor<128x128xf32> {tf.aliasing_output = 173 : i32}, %arg223: tensor<f32> {tf.aliasing_output = 174 : i32}, %arg224: tensor<128x128xf32> {tf.aliasing_output = 176 : i32}, %arg225: tensor<128x128xf32> {tf.aliasing_output = 177 : i32}, %arg226: tensor<f32> {tf.aliasing_output = 178 : i32}, %arg227: tensor<128x128xf32> {tf.aliasing_output = 180 : i32}, %arg228: tensor<128x128xf32> {tf.aliasing_output = 181 : i32}, %arg229: tensor<f32> {tf.aliasing_output = 182 : i32}, %arg230: tensor<128x128xf32> {tf.aliasing_output = 184 : i32}, %arg231: tensor<128x128xf32> {tf.aliasing_output = 185 : i32}, %arg232: tensor<f32> {tf.aliasing_output = 186 : i32}, %arg233: tensor<128xf32> {tf.aliasing_output = 188 : i32}, %arg234: tensor<128xf32> {tf.aliasing_output = 189 : i32}, %arg235: tensor<f32> {tf.aliasing_output = 190 : i32}, %arg236: tensor<128x512xf32> {tf.aliasing_output = 192 : i32}, %arg237: tensor<128x512xf32> {tf.aliasing_output = 193 : i32}, %arg238: tensor<f32> {tf.aliasing_output = 194 : i32}, %arg239: tensor<512x128xf32> {tf.aliasing_output = 196 : i32}, %arg240: tensor<512x128xf32> {tf.aliasing_output = 197 : i32}, %arg241: tensor<f32> {tf.aliasing_output = 198 : i32}, %arg242: tensor<128xf32> {tf.aliasing_output = 200 : i32}, %arg243: tensor<128xf32> {tf.aliasing_output = 201 : i32}, %arg244: tensor<f32> {tf.aliasing_output = 202 : i32}, %arg245: tensor<128x128xf32> {tf.aliasing_output = 204 : i32}, %arg246: tensor<128x128xf32> {tf.aliasing_output = 205 : i32}, %arg247: tensor<f32> {tf.aliasing_output = 206 : i32}, %arg248: tensor<128x128xf32> {tf.aliasing_output = 208 : i32}, %arg249: tensor<128x128xf32> {tf.aliasing_output = 209 : i32}, %arg250: tensor<f32> {tf.aliasing_output = 210 : i32}, %arg251: tensor<128x128xf32> {tf.aliasing_output = 212 : i32}, %arg252: tensor<128x128xf32> {tf.aliasing_output = 213 : i32}, %arg253: tensor<f32> {tf.aliasing_output = 214 : i32}, %arg254: tensor<128x128xf32> {tf.aliasing_output = 216 : i32}, %arg255: tensor<128x128xf32> {tf.aliasing_output = 217 : i32}, %arg256: tensor<f32> {tf.aliasing_output = 218 : i32}, %arg257: tensor<128xf32> {tf.aliasing_output = 220 : i32}, %arg258: tensor<128xf32> {tf.aliasing_output = 221 : i32}, %arg259: tensor<f32> {tf.aliasing_output = 222 : i32}, %arg260: tensor<128x128xf32> {tf.aliasing_output = 224 : i32}, %arg261: tensor<128x128xf32> {tf.aliasing_output = 225 : i32}, %arg262: tensor<f32> {tf.aliasing_output = 226 : i32}, %arg263: tensor<128x128xf32> {tf.aliasing_output = 228 : i32}, %arg264: tensor<128x128xf32> {tf.aliasing_output = 229 : i32}, %arg265: tensor<f32> {tf.aliasing_output = 230 : i32}, %arg266: tensor<128x128xf32> {tf.aliasing_output = 232 : i32}, %arg267: tensor<128x128xf32> {tf.aliasing_output = 233 : i32}, %arg268: tensor<f32> {tf.aliasing_output = 234 : i32}, %arg269: tensor<128x128xf32> {tf.aliasing_output = 236 : i32}, %arg270: tensor<128x128xf32> {tf.aliasing_output = 237 : i32}, %arg271: tensor<f32> {tf.aliasing_output = 238 : i32}, %arg272: tensor<128xf32> {tf.aliasing_output = 240 : i32}, %arg273: tensor<128xf32> {tf.aliasing_output = 241 : i32}, %arg274: tensor<f32> {tf.aliasing_output = 242 : i32}, %arg275: tensor<128x512xf32> {tf.aliasing_output = 244 : i32}, %arg276: tensor<128x512xf32> {tf.aliasing_output = 245 : i32}, %arg277: tensor<f32> {tf.aliasing_output = 246 : i32}, %arg278: tensor<512x128xf32> {tf.aliasing_output = 248 : i32}, %arg279: tensor<512x128xf32> {tf.aliasing_output = 249 : i32}, %arg280: tensor<f32> {tf.aliasing_output = 250 : i32}, %arg281: tensor<128xf32> {tf.aliasing_output = 252 : i32}, %arg282: tensor<128xf32> {tf.aliasing_output = 253 : i32}, %arg283: tensor<f32> {tf.aliasing_output = 254 : i32}, %arg284: tensor<128x128xf32> {tf.aliasing_output = 256 : i32}, %arg285: tensor<128x128xf32> {tf.aliasing_output = 257 : i32}, %arg286: tensor<f32> {tf.aliasing_output = 258 : i32}, %arg287: tensor<128x128xf32> {tf.aliasing_output = 260 : i32}, %arg288: tensor<128x128xf32> {tf.aliasing_output = 261 : i32}, %arg289: tensor<f32> {tf.aliasing_output = 262 : i32}, %arg290: tensor<128x128xf32> {tf.aliasing_output = 264 : i32}, %arg291: tensor<128x128xf32> {tf.aliasing_output = 265 : i32}, %arg292: tensor<f32> {tf.aliasing_output = 266 : i32}, %arg293: tensor<128x128xf32> {tf.aliasing_output = 268 : i32}, %arg294: tensor<128x128xf32> {tf.aliasing_output = 269 : i32}, %arg295: tensor<f32> {tf.aliasing_output = 270 : i32}, %arg296: tensor<128xf32> {tf.aliasing_output = 272 : i32}, %arg297: tensor<128xf32> {tf.aliasing_output = 273 : i32}, %arg298: tensor<f32> {tf.aliasing_output = 274 : i32}, %arg299: tensor<128x128xf32> {tf.aliasing_output = 276 : i32}, %arg300: tensor<128x128xf32> {tf.aliasing_output = 277 : i32}, %arg301: tensor<f32> {tf.aliasing_output = 278 : i32}, %arg302: tensor<128x128xf32> {tf.aliasing_output = 280 : i32}, %arg303: tensor<128x128xf32> {tf.aliasing_output = 281 : i32}, %arg304: tensor<f32> {tf.aliasing_output = 282 : i32}, %arg305: tensor<128x128xf32> {tf.aliasing_output = 284 : i32}, %arg306: tensor<128x128xf32> {tf.aliasing_output = 285 : i32}, %arg307: tensor<f32> {tf.aliasing_output = 286 : i32}, %arg308: tensor<128x128xf32> {tf.aliasing_output = 288 : i32}, %arg309: tensor<128x128xf32> {tf.aliasing_output = 289 : i32}, %arg310: tensor<f32> {tf.aliasing_output = 290 : i32}, %arg311: tensor<128xf32> {tf.aliasing_output = 292 : i32}, %arg312: tensor<128xf32> {tf.aliasing_output = 293 : i32}, %arg313: tensor<f32> {tf.aliasing_output = 294 : i32}, %arg314: tensor<128x512xf32> {tf.aliasing_output = 296 : i32}, %arg315: tensor<128x512xf32> {tf.aliasing_output = 297 : i32}, %arg316: tensor<f32> {tf.aliasing_output = 298 : i32}, %arg317: tensor<512x128xf32> {tf.aliasing_output = 300 : i32}, %arg318: tensor<512x128xf32> {tf.aliasing_output = 301 : i32}, %arg319: tensor<f32> {tf.aliasing_output = 302 : i32}, %arg320: tensor<128xf32> {tf.aliasing_output = 304 : i32}, %arg321: tensor<128xf32> {tf.aliasing_output = 305 : i32}, %arg322: tensor<f32> {tf.aliasing_output = 306 : i32}, %arg323: tensor<128x128xf32> {tf.aliasing_output = 308 : i32}, %arg324: tensor<128x128xf32> {tf.aliasing_output = 309 : i32}, %arg325: tensor<f32> {tf.aliasing_output = 310 : i32}, %arg326: tensor<128x128xf32> {tf.aliasing_output = 312 : i32}, %arg327: tensor<128x128xf32> {tf.aliasing_output = 313 : i32}, %arg328: tensor<f32> {tf.aliasing_output = 314 : i32}, %arg329: tensor<128x128xf32> {tf.aliasing_output = 316 : i32}, %arg330: tensor<128x128xf32> {tf.aliasing_output = 317 : i32}, %arg331: tensor<f32> {tf.aliasing_output = 318 : i32}, %arg332: tensor<128x128xf32> {tf.aliasing_output = 320 : i32}, %arg333: tensor<128x128xf32> {tf.aliasing_output = 321 : i32}, %arg334: tensor<f32> {tf.aliasing_output = 322 : i32}, %arg335: tensor<128xf32> {tf.aliasing_output = 324 : i32}, %arg336: tensor<128xf32> {tf.aliasing_output = 325 : i32}, %arg337: tensor<f32> {tf.aliasing_output = 326 : i32}, %arg338: tensor<128x128xf32> {tf.aliasing_output = 328 : i32}, %arg339: tensor<128x128xf32> {tf.aliasing_output = 329 : i32}, %arg340: tensor<f32> {tf.aliasing_output = 330 : i32}, %arg341: tensor<128x128xf32> {tf.aliasing_output = 332 : i32}, %arg342: tensor<128x128xf32> {tf.aliasing_output = 333 : i32}, %arg343: tensor<f32> {tf.aliasing_output = 334 : i32}, %arg344: tensor<128x128xf32> {tf.aliasing_output = 336 : i32}, %arg345: tensor<128x128xf32> {tf.aliasing_output = 337 : i32}, %arg346: tensor<f32> {tf.aliasing_output = 338 : i32}, %arg347: tensor<128x128xf32> {tf.aliasing_output = 340 : i32}, %arg348: tensor<128x128xf32> {tf.aliasing_output = 341 : i32}, %arg349: tensor<f32> {tf.aliasing_output = 342 : i32}, %arg350: tensor<128xf32> {tf.aliasing_output = 344 : i32}, %arg351: tensor<128xf32> {tf.aliasing_output = 345 : i32}, %arg352: tensor<f32> {tf.aliasing_output = 346 : i32}, %arg353: tensor<128x512xf32> {tf.aliasing_output = 348 : i32}, %arg354: tensor<128x512xf32> {tf.aliasing_output = 349 : i32}, %arg355: tensor<f32> {tf.aliasing_output = 350 : i32}, %arg356: tensor<512x128xf32> {tf.aliasing_output = 352 : i32}, %arg357: tensor<512x128xf32> {tf.aliasing_output = 353 : i32}, %arg358: tensor<f32> {tf.aliasing_output = 354 : i32}, %arg359: tensor<128xf32> {tf.aliasing_output = 356 : i32}, %arg360: tensor<128xf32> {tf.aliasing_output = 357 : i32}, %arg361: tensor<f32> {tf.aliasing_output = 358 : i32}) -> (tensor<f32>, tensor<f32>, tensor<f32>, tensor<32128x128xf32>, tensor<32128x128xf32>, tensor<32128x128xf32>, tensor<f32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>) {
    %15 = "stablehlo.gather"(%arg6, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 128>} : (tensor<32128x128xf32>, tensor<32x48xi32>) -> tensor<32x48x128xf32>
    %17 = stablehlo.constant dense<"0x000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001D0000001D00000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001D0000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C00000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C00000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C0000001C0000001C0000001C0000001C0000001C0000001C000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C0000001C0000001C0000001C0000001C0000001C00000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C0000001C0000001C0000001C0000001C0000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C0000001C0000001C0000001C000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C0000001C0000001C00000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C0000001C0000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000001C000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001C0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000001B0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000001B0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000001B0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000001B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000001B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000001B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000001B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000001A0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000001A0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000001A0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000001A0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000001A0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000001A0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000001A0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000001900000019000000190000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A0000000900000009000000090000000900000008000000080000000800000008000000070000000600000005000000040000000300000002000000010000000000000011000000120000001300000014000000150000001600000017000000180000001800000018000000180000001900000019000000190000000C0000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A00000009000000090000000900000009000000080000000800000008000000080000000700000006000000050000000400000003000000020000000100000000000000110000001200000013000000140000001500000016000000170000001800000018000000180000001800000019000000190000000C0000000C0000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000001800000018000000190000000C0000000C0000000C0000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A0000000900000009000000090000000900000008000000080000000800000008000000070000000600000005000000040000000300000002000000010000000000000011000000120000001300000014000000150000001600000017000000180000001800000018000000180000000C0000000C0000000C0000000C0000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A00000009000000090000000900000009000000080000000800000008000000080000000700000006000000050000000400000003000000020000000100000000000000110000001200000013000000140000001500000016000000170000001800000018000000180000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000001700000018000000180000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A0000000900000009000000090000000900000008000000080000000800000008000000070000000600000005000000040000000300000002000000010000000000000011000000120000001300000014000000150000001600000017000000180000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A00000009000000090000000900000009000000080000000800000008000000080000000700000006000000050000000400000003000000020000000100000000000000110000001200000013000000140000001500000016000000170000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000001400000015000000160000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A0000000900000009000000090000000900000008000000080000000800000008000000070000000600000005000000040000000300000002000000010000000000000011000000120000001300000014000000150000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A00000009000000090000000900000009000000080000000800000008000000080000000700000006000000050000000400000003000000020000000100000000000000110000001200000013000000140000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A000000090000000900000009000000090000000800000008000000080000000800000007000000060000000500000004000000030000000200000001000000000000001100000012000000130000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A0000000900000009000000090000000900000008000000080000000800000008000000070000000600000005000000040000000300000002000000010000000000000011000000120000000D0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A00000009000000090000000900000009000000080000000800000008000000080000000700000006000000050000000400000003000000020000000100000000000000110000000D0000000D0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000C0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000B0000000A0000000A0000000A0000000A0000000A0000000A0000000A00000009000000090000000900000009000000080000000800000008000000080000000700000006000000050000000400000003000000020000000100000000000000"> : tensor<48x48xi32>
    %18 = "stablehlo.gather"(%arg7, %17) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>} : (tensor<32x4xf32>, tensor<48x48xi32>) -> tensor<48x48x4xf32>
    %19 = "stablehlo.transpose"(%18) {permutation = array<i64: 2, 0, 1>} : (tensor<48x48x4xf32>) -> tensor<4x48x48xf32>
    %20 = "stablehlo.reshape"(%19) : (tensor<4x48x48xf32>) -> tensor<1x4x48x48xf32>
    %21 = "stablehlo.convert"(%arg1) : (tensor<32x48xi32>) -> tensor<32x48xf32>
    %22 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %23 = "stablehlo.broadcast_in_dim"(%22) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48xf32>
    %24 = "stablehlo.subtract"(%23, %21) : (tensor<32x48xf32>, tensor<32x48xf32>) -> tensor<32x48xf32>
    %25 = stablehlo.constant dense<0xFF7FFFFF> : tensor<f32>
    %26 = "stablehlo.broadcast_in_dim"(%25) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48xf32>
    %27 = "stablehlo.multiply"(%24, %26) : (tensor<32x48xf32>, tensor<32x48xf32>) -> tensor<32x48xf32>
    %28 = "stablehlo.reshape"(%27) : (tensor<32x48xf32>) -> tensor<32x1x1x48xf32>
    %29 = "stablehlo.broadcast_in_dim"(%20) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %30 = "stablehlo.broadcast_in_dim"(%28) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x1x1x48xf32>) -> tensor<32x4x48x48xf32>
    %31 = "stablehlo.add"(%29, %30) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %33 = "stablehlo.multiply"(%15, %15) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n34_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %34 = "stablehlo.reduce"(%33, %n34_init) ({
    ^bb0(%n34_a: tensor<f32>, %n34_b: tensor<f32>):
      %n34_r = "stablehlo.add"(%n34_a, %n34_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n34_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %35 = "stablehlo.reshape"(%34) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %36 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %37 = "stablehlo.broadcast_in_dim"(%36) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %38 = "stablehlo.multiply"(%35, %37) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %39 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %40 = "stablehlo.broadcast_in_dim"(%39) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %41 = "stablehlo.add"(%38, %40) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %42 = "stablehlo.rsqrt"(%41) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %43 = "stablehlo.broadcast_in_dim"(%42) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %44 = "stablehlo.multiply"(%15, %43) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %45 = "stablehlo.broadcast_in_dim"(%arg8) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %46 = "stablehlo.multiply"(%44, %45) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %51 = "stablehlo.reshape"(%46) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %52 = "stablehlo.dot_general"(%51, %arg9) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %53 = "stablehlo.reshape"(%52) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %54 = "stablehlo.reshape"(%53) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %55 = "stablehlo.reshape"(%46) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %56 = "stablehlo.dot_general"(%55, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %57 = "stablehlo.reshape"(%56) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %58 = "stablehlo.reshape"(%57) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %59 = "stablehlo.reshape"(%46) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %60 = "stablehlo.dot_general"(%59, %arg11) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %61 = "stablehlo.reshape"(%60) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %62 = "stablehlo.reshape"(%61) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %63 = "stablehlo.dot_general"(%54, %58) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x48x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %64 = "stablehlo.add"(%63, %31) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n65_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %65 = "stablehlo.reduce"(%64, %n65_init) ({
    ^bb0(%n65_a: tensor<f32>, %n65_b: tensor<f32>):
      %n65_r = "stablehlo.maximum"(%n65_a, %n65_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n65_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %66 = "stablehlo.reshape"(%65) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %67 = "stablehlo.broadcast_in_dim"(%66) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %68 = "stablehlo.subtract"(%64, %67) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %69 = "stablehlo.exponential"(%68) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n70_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %70 = "stablehlo.reduce"(%69, %n70_init) ({
    ^bb0(%n70_a: tensor<f32>, %n70_b: tensor<f32>):
      %n70_r = "stablehlo.add"(%n70_a, %n70_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n70_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %71 = "stablehlo.reshape"(%70) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %72 = "stablehlo.broadcast_in_dim"(%71) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %73 = "stablehlo.divide"(%69, %72) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %74 = "stablehlo.dot_general"(%73, %62) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %75 = "stablehlo.transpose"(%74) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %76 = "stablehlo.reshape"(%75) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %77 = "stablehlo.reshape"(%76) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %78 = "stablehlo.dot_general"(%77, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %79 = "stablehlo.reshape"(%78) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %80 = "stablehlo.add"(%15, %79) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %82 = "stablehlo.multiply"(%80, %80) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n83_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %83 = "stablehlo.reduce"(%82, %n83_init) ({
    ^bb0(%n83_a: tensor<f32>, %n83_b: tensor<f32>):
      %n83_r = "stablehlo.add"(%n83_a, %n83_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n83_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %84 = "stablehlo.reshape"(%83) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %85 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %86 = "stablehlo.broadcast_in_dim"(%85) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %87 = "stablehlo.multiply"(%84, %86) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %88 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %89 = "stablehlo.broadcast_in_dim"(%88) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %90 = "stablehlo.add"(%87, %89) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %91 = "stablehlo.rsqrt"(%90) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %92 = "stablehlo.broadcast_in_dim"(%91) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %93 = "stablehlo.multiply"(%80, %92) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %94 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %95 = "stablehlo.multiply"(%93, %94) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %98 = "stablehlo.reshape"(%95) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %99 = "stablehlo.dot_general"(%98, %arg15) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<512x128xf32>) -> tensor<1536x512xf32>
    %100 = "stablehlo.reshape"(%99) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %101 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %102 = "stablehlo.broadcast_in_dim"(%101) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x512xf32>
    %103 = "stablehlo.maximum"(%100, %102) : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %104 = "stablehlo.reshape"(%103) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %105 = "stablehlo.dot_general"(%104, %arg14) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x512xf32>, tensor<128x512xf32>) -> tensor<1536x128xf32>
    %106 = "stablehlo.reshape"(%105) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %107 = "stablehlo.add"(%80, %106) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %109 = "stablehlo.multiply"(%107, %107) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n110_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %110 = "stablehlo.reduce"(%109, %n110_init) ({
    ^bb0(%n110_a: tensor<f32>, %n110_b: tensor<f32>):
      %n110_r = "stablehlo.add"(%n110_a, %n110_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n110_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %111 = "stablehlo.reshape"(%110) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %112 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %113 = "stablehlo.broadcast_in_dim"(%112) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %114 = "stablehlo.multiply"(%111, %113) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %115 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %116 = "stablehlo.broadcast_in_dim"(%115) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %117 = "stablehlo.add"(%114, %116) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %118 = "stablehlo.rsqrt"(%117) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %119 = "stablehlo.broadcast_in_dim"(%118) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %120 = "stablehlo.multiply"(%107, %119) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %121 = "stablehlo.broadcast_in_dim"(%arg16) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %122 = "stablehlo.multiply"(%120, %121) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %127 = "stablehlo.reshape"(%122) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %128 = "stablehlo.dot_general"(%127, %arg17) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %129 = "stablehlo.reshape"(%128) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %130 = "stablehlo.reshape"(%129) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %131 = "stablehlo.reshape"(%122) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %132 = "stablehlo.dot_general"(%131, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %133 = "stablehlo.reshape"(%132) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %134 = "stablehlo.reshape"(%133) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %135 = "stablehlo.reshape"(%122) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %136 = "stablehlo.dot_general"(%135, %arg19) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %137 = "stablehlo.reshape"(%136) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %138 = "stablehlo.reshape"(%137) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %139 = "stablehlo.dot_general"(%130, %134) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x48x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %140 = "stablehlo.add"(%139, %31) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n141_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %141 = "stablehlo.reduce"(%140, %n141_init) ({
    ^bb0(%n141_a: tensor<f32>, %n141_b: tensor<f32>):
      %n141_r = "stablehlo.maximum"(%n141_a, %n141_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n141_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %142 = "stablehlo.reshape"(%141) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %143 = "stablehlo.broadcast_in_dim"(%142) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %144 = "stablehlo.subtract"(%140, %143) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %145 = "stablehlo.exponential"(%144) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n146_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %146 = "stablehlo.reduce"(%145, %n146_init) ({
    ^bb0(%n146_a: tensor<f32>, %n146_b: tensor<f32>):
      %n146_r = "stablehlo.add"(%n146_a, %n146_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n146_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %147 = "stablehlo.reshape"(%146) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %148 = "stablehlo.broadcast_in_dim"(%147) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %149 = "stablehlo.divide"(%145, %148) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %150 = "stablehlo.dot_general"(%149, %138) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %151 = "stablehlo.transpose"(%150) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %152 = "stablehlo.reshape"(%151) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %153 = "stablehlo.reshape"(%152) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %154 = "stablehlo.dot_general"(%153, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %155 = "stablehlo.reshape"(%154) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %156 = "stablehlo.add"(%107, %155) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %158 = "stablehlo.multiply"(%156, %156) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n159_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %159 = "stablehlo.reduce"(%158, %n159_init) ({
    ^bb0(%n159_a: tensor<f32>, %n159_b: tensor<f32>):
      %n159_r = "stablehlo.add"(%n159_a, %n159_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n159_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %160 = "stablehlo.reshape"(%159) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %161 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %162 = "stablehlo.broadcast_in_dim"(%161) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %163 = "stablehlo.multiply"(%160, %162) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %164 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %165 = "stablehlo.broadcast_in_dim"(%164) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %166 = "stablehlo.add"(%163, %165) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %167 = "stablehlo.rsqrt"(%166) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %168 = "stablehlo.broadcast_in_dim"(%167) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %169 = "stablehlo.multiply"(%156, %168) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %170 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %171 = "stablehlo.multiply"(%169, %170) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %174 = "stablehlo.reshape"(%171) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %175 = "stablehlo.dot_general"(%174, %arg23) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<512x128xf32>) -> tensor<1536x512xf32>
    %176 = "stablehlo.reshape"(%175) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %177 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %178 = "stablehlo.broadcast_in_dim"(%177) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x512xf32>
    %179 = "stablehlo.maximum"(%176, %178) : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %180 = "stablehlo.reshape"(%179) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %181 = "stablehlo.dot_general"(%180, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x512xf32>, tensor<128x512xf32>) -> tensor<1536x128xf32>
    %182 = "stablehlo.reshape"(%181) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %183 = "stablehlo.add"(%156, %182) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %185 = "stablehlo.multiply"(%183, %183) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n186_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %186 = "stablehlo.reduce"(%185, %n186_init) ({
    ^bb0(%n186_a: tensor<f32>, %n186_b: tensor<f32>):
      %n186_r = "stablehlo.add"(%n186_a, %n186_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n186_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %187 = "stablehlo.reshape"(%186) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %188 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %189 = "stablehlo.broadcast_in_dim"(%188) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %190 = "stablehlo.multiply"(%187, %189) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %191 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %192 = "stablehlo.broadcast_in_dim"(%191) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %193 = "stablehlo.add"(%190, %192) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %194 = "stablehlo.rsqrt"(%193) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %195 = "stablehlo.broadcast_in_dim"(%194) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %196 = "stablehlo.multiply"(%183, %195) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %197 = "stablehlo.broadcast_in_dim"(%arg24) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %198 = "stablehlo.multiply"(%196, %197) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %203 = "stablehlo.reshape"(%198) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %204 = "stablehlo.dot_general"(%203, %arg25) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %205 = "stablehlo.reshape"(%204) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %206 = "stablehlo.reshape"(%205) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %207 = "stablehlo.reshape"(%198) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %208 = "stablehlo.dot_general"(%207, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %209 = "stablehlo.reshape"(%208) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %210 = "stablehlo.reshape"(%209) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %211 = "stablehlo.reshape"(%198) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %212 = "stablehlo.dot_general"(%211, %arg27) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %213 = "stablehlo.reshape"(%212) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %214 = "stablehlo.reshape"(%213) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %215 = "stablehlo.dot_general"(%206, %210) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x48x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %216 = "stablehlo.add"(%215, %31) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n217_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %217 = "stablehlo.reduce"(%216, %n217_init) ({
    ^bb0(%n217_a: tensor<f32>, %n217_b: tensor<f32>):
      %n217_r = "stablehlo.maximum"(%n217_a, %n217_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n217_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %218 = "stablehlo.reshape"(%217) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %219 = "stablehlo.broadcast_in_dim"(%218) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %220 = "stablehlo.subtract"(%216, %219) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %221 = "stablehlo.exponential"(%220) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n222_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %222 = "stablehlo.reduce"(%221, %n222_init) ({
    ^bb0(%n222_a: tensor<f32>, %n222_b: tensor<f32>):
      %n222_r = "stablehlo.add"(%n222_a, %n222_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n222_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %223 = "stablehlo.reshape"(%222) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %224 = "stablehlo.broadcast_in_dim"(%223) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %225 = "stablehlo.divide"(%221, %224) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %226 = "stablehlo.dot_general"(%225, %214) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %227 = "stablehlo.transpose"(%226) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %228 = "stablehlo.reshape"(%227) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %229 = "stablehlo.reshape"(%228) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %230 = "stablehlo.dot_general"(%229, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %231 = "stablehlo.reshape"(%230) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %232 = "stablehlo.add"(%183, %231) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %234 = "stablehlo.multiply"(%232, %232) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n235_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %235 = "stablehlo.reduce"(%234, %n235_init) ({
    ^bb0(%n235_a: tensor<f32>, %n235_b: tensor<f32>):
      %n235_r = "stablehlo.add"(%n235_a, %n235_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n235_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %236 = "stablehlo.reshape"(%235) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %237 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %238 = "stablehlo.broadcast_in_dim"(%237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %239 = "stablehlo.multiply"(%236, %238) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %240 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %241 = "stablehlo.broadcast_in_dim"(%240) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %242 = "stablehlo.add"(%239, %241) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %243 = "stablehlo.rsqrt"(%242) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %244 = "stablehlo.broadcast_in_dim"(%243) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %245 = "stablehlo.multiply"(%232, %244) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %246 = "stablehlo.broadcast_in_dim"(%arg29) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %247 = "stablehlo.multiply"(%245, %246) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %250 = "stablehlo.reshape"(%247) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %251 = "stablehlo.dot_general"(%250, %arg31) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<512x128xf32>) -> tensor<1536x512xf32>
    %252 = "stablehlo.reshape"(%251) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %253 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %254 = "stablehlo.broadcast_in_dim"(%253) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x512xf32>
    %255 = "stablehlo.maximum"(%252, %254) : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %256 = "stablehlo.reshape"(%255) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %257 = "stablehlo.dot_general"(%256, %arg30) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x512xf32>, tensor<128x512xf32>) -> tensor<1536x128xf32>
    %258 = "stablehlo.reshape"(%257) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %259 = "stablehlo.add"(%232, %258) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %261 = "stablehlo.multiply"(%259, %259) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n262_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %262 = "stablehlo.reduce"(%261, %n262_init) ({
    ^bb0(%n262_a: tensor<f32>, %n262_b: tensor<f32>):
      %n262_r = "stablehlo.add"(%n262_a, %n262_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n262_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %263 = "stablehlo.reshape"(%262) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %264 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %265 = "stablehlo.broadcast_in_dim"(%264) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %266 = "stablehlo.multiply"(%263, %265) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %267 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %268 = "stablehlo.broadcast_in_dim"(%267) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %269 = "stablehlo.add"(%266, %268) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %270 = "stablehlo.rsqrt"(%269) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %271 = "stablehlo.broadcast_in_dim"(%270) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %272 = "stablehlo.multiply"(%259, %271) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %273 = "stablehlo.broadcast_in_dim"(%arg32) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %274 = "stablehlo.multiply"(%272, %273) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %279 = "stablehlo.reshape"(%274) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %280 = "stablehlo.dot_general"(%279, %arg33) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %281 = "stablehlo.reshape"(%280) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %282 = "stablehlo.reshape"(%281) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %283 = "stablehlo.reshape"(%274) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %284 = "stablehlo.dot_general"(%283, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %285 = "stablehlo.reshape"(%284) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %286 = "stablehlo.reshape"(%285) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %287 = "stablehlo.reshape"(%274) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %288 = "stablehlo.dot_general"(%287, %arg35) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %289 = "stablehlo.reshape"(%288) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %290 = "stablehlo.reshape"(%289) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %291 = "stablehlo.dot_general"(%282, %286) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x48x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %292 = "stablehlo.add"(%291, %31) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n293_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %293 = "stablehlo.reduce"(%292, %n293_init) ({
    ^bb0(%n293_a: tensor<f32>, %n293_b: tensor<f32>):
      %n293_r = "stablehlo.maximum"(%n293_a, %n293_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n293_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %294 = "stablehlo.reshape"(%293) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %295 = "stablehlo.broadcast_in_dim"(%294) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %296 = "stablehlo.subtract"(%292, %295) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %297 = "stablehlo.exponential"(%296) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n298_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %298 = "stablehlo.reduce"(%297, %n298_init) ({
    ^bb0(%n298_a: tensor<f32>, %n298_b: tensor<f32>):
      %n298_r = "stablehlo.add"(%n298_a, %n298_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n298_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %299 = "stablehlo.reshape"(%298) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %300 = "stablehlo.broadcast_in_dim"(%299) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %301 = "stablehlo.divide"(%297, %300) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %302 = "stablehlo.dot_general"(%301, %290) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %303 = "stablehlo.transpose"(%302) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %304 = "stablehlo.reshape"(%303) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %305 = "stablehlo.reshape"(%304) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %306 = "stablehlo.dot_general"(%305, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %307 = "stablehlo.reshape"(%306) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %308 = "stablehlo.add"(%259, %307) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %310 = "stablehlo.multiply"(%308, %308) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n311_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %311 = "stablehlo.reduce"(%310, %n311_init) ({
    ^bb0(%n311_a: tensor<f32>, %n311_b: tensor<f32>):
      %n311_r = "stablehlo.add"(%n311_a, %n311_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n311_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %312 = "stablehlo.reshape"(%311) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %313 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %314 = "stablehlo.broadcast_in_dim"(%313) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %315 = "stablehlo.multiply"(%312, %314) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %316 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %317 = "stablehlo.broadcast_in_dim"(%316) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %318 = "stablehlo.add"(%315, %317) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %319 = "stablehlo.rsqrt"(%318) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %320 = "stablehlo.broadcast_in_dim"(%319) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %321 = "stablehlo.multiply"(%308, %320) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %322 = "stablehlo.broadcast_in_dim"(%arg37) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %323 = "stablehlo.multiply"(%321, %322) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %326 = "stablehlo.reshape"(%323) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %327 = "stablehlo.dot_general"(%326, %arg39) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<512x128xf32>) -> tensor<1536x512xf32>
    %328 = "stablehlo.reshape"(%327) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %329 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %330 = "stablehlo.broadcast_in_dim"(%329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x512xf32>
    %331 = "stablehlo.maximum"(%328, %330) : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %332 = "stablehlo.reshape"(%331) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %333 = "stablehlo.dot_general"(%332, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x512xf32>, tensor<128x512xf32>) -> tensor<1536x128xf32>
    %334 = "stablehlo.reshape"(%333) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %335 = "stablehlo.add"(%308, %334) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %337 = "stablehlo.multiply"(%335, %335) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n338_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %338 = "stablehlo.reduce"(%337, %n338_init) ({
    ^bb0(%n338_a: tensor<f32>, %n338_b: tensor<f32>):
      %n338_r = "stablehlo.add"(%n338_a, %n338_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n338_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %339 = "stablehlo.reshape"(%338) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %340 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %341 = "stablehlo.broadcast_in_dim"(%340) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %342 = "stablehlo.multiply"(%339, %341) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %343 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %344 = "stablehlo.broadcast_in_dim"(%343) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %345 = "stablehlo.add"(%342, %344) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %346 = "stablehlo.rsqrt"(%345) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %347 = "stablehlo.broadcast_in_dim"(%346) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %348 = "stablehlo.multiply"(%335, %347) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %349 = "stablehlo.broadcast_in_dim"(%arg40) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %350 = "stablehlo.multiply"(%348, %349) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %351 = "stablehlo.gather"(%arg6, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 128>} : (tensor<32128x128xf32>, tensor<32x3xi32>) -> tensor<32x3x128xf32>
    %353 = stablehlo.constant dense<"0x000000000000000000000000010000000000000000000000020000000100000000000000"> : tensor<3x3xi32>
    %354 = "stablehlo.gather"(%arg41, %353) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>} : (tensor<32x4xf32>, tensor<3x3xi32>) -> tensor<3x3x4xf32>
    %355 = "stablehlo.transpose"(%354) {permutation = array<i64: 2, 0, 1>} : (tensor<3x3x4xf32>) -> tensor<4x3x3xf32>
    %356 = "stablehlo.reshape"(%355) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %357 = stablehlo.constant dense<"0x0000000000000000000000E0FFFFEFC7000000E0FFFFEFC700000000000000000000000000000000000000E0FFFFEFC7000000000000000000000000000000000000000000000000"> : tensor<1x1x3x3xf64>
    %358 = "stablehlo.convert"(%357) : (tensor<1x1x3x3xf64>) -> tensor<1x1x3x3xf32>
    %359 = "stablehlo.broadcast_in_dim"(%358) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x3x3xf32>) -> tensor<1x4x3x3xf32>
    %360 = "stablehlo.add"(%356, %359) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %361 = "stablehlo.convert"(%arg1) : (tensor<32x48xi32>) -> tensor<32x48xf32>
    %362 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %363 = "stablehlo.broadcast_in_dim"(%362) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48xf32>
    %364 = "stablehlo.subtract"(%363, %361) : (tensor<32x48xf32>, tensor<32x48xf32>) -> tensor<32x48xf32>
    %365 = stablehlo.constant dense<0xFF7FFFFF> : tensor<f32>
    %366 = "stablehlo.broadcast_in_dim"(%365) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48xf32>
    %367 = "stablehlo.multiply"(%364, %366) : (tensor<32x48xf32>, tensor<32x48xf32>) -> tensor<32x48xf32>
    %368 = "stablehlo.reshape"(%367) : (tensor<32x48xf32>) -> tensor<32x1x1x48xf32>
    %370 = "stablehlo.multiply"(%351, %351) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n371_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %371 = "stablehlo.reduce"(%370, %n371_init) ({
    ^bb0(%n371_a: tensor<f32>, %n371_b: tensor<f32>):
      %n371_r = "stablehlo.add"(%n371_a, %n371_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n371_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %372 = "stablehlo.reshape"(%371) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %373 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %374 = "stablehlo.broadcast_in_dim"(%373) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %375 = "stablehlo.multiply"(%372, %374) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %376 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %377 = "stablehlo.broadcast_in_dim"(%376) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %378 = "stablehlo.add"(%375, %377) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %379 = "stablehlo.rsqrt"(%378) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %380 = "stablehlo.broadcast_in_dim"(%379) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %381 = "stablehlo.multiply"(%351, %380) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %382 = "stablehlo.broadcast_in_dim"(%arg42) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %383 = "stablehlo.multiply"(%381, %382) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %388 = "stablehlo.reshape"(%383) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %389 = "stablehlo.dot_general"(%388, %arg43) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %390 = "stablehlo.reshape"(%389) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %391 = "stablehlo.reshape"(%390) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %392 = "stablehlo.reshape"(%383) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %393 = "stablehlo.dot_general"(%392, %arg44) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %394 = "stablehlo.reshape"(%393) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %395 = "stablehlo.reshape"(%394) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %396 = "stablehlo.reshape"(%383) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %397 = "stablehlo.dot_general"(%396, %arg45) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %398 = "stablehlo.reshape"(%397) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %399 = "stablehlo.reshape"(%398) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %400 = "stablehlo.dot_general"(%391, %395) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %401 = "stablehlo.broadcast_in_dim"(%360) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %402 = "stablehlo.add"(%400, %401) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n403_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %403 = "stablehlo.reduce"(%402, %n403_init) ({
    ^bb0(%n403_a: tensor<f32>, %n403_b: tensor<f32>):
      %n403_r = "stablehlo.maximum"(%n403_a, %n403_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n403_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %404 = "stablehlo.reshape"(%403) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %405 = "stablehlo.broadcast_in_dim"(%404) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %406 = "stablehlo.subtract"(%402, %405) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %407 = "stablehlo.exponential"(%406) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n408_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %408 = "stablehlo.reduce"(%407, %n408_init) ({
    ^bb0(%n408_a: tensor<f32>, %n408_b: tensor<f32>):
      %n408_r = "stablehlo.add"(%n408_a, %n408_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n408_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %409 = "stablehlo.reshape"(%408) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %410 = "stablehlo.broadcast_in_dim"(%409) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %411 = "stablehlo.divide"(%407, %410) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %412 = "stablehlo.dot_general"(%411, %399) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %413 = "stablehlo.transpose"(%412) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %414 = "stablehlo.reshape"(%413) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %415 = "stablehlo.reshape"(%414) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %416 = "stablehlo.dot_general"(%415, %arg46) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %417 = "stablehlo.reshape"(%416) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %418 = "stablehlo.add"(%351, %417) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %420 = "stablehlo.multiply"(%418, %418) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n421_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %421 = "stablehlo.reduce"(%420, %n421_init) ({
    ^bb0(%n421_a: tensor<f32>, %n421_b: tensor<f32>):
      %n421_r = "stablehlo.add"(%n421_a, %n421_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n421_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %422 = "stablehlo.reshape"(%421) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %423 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %424 = "stablehlo.broadcast_in_dim"(%423) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %425 = "stablehlo.multiply"(%422, %424) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %426 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %427 = "stablehlo.broadcast_in_dim"(%426) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %428 = "stablehlo.add"(%425, %427) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %429 = "stablehlo.rsqrt"(%428) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %430 = "stablehlo.broadcast_in_dim"(%429) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %431 = "stablehlo.multiply"(%418, %430) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %432 = "stablehlo.broadcast_in_dim"(%arg47) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %433 = "stablehlo.multiply"(%431, %432) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %438 = "stablehlo.reshape"(%433) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %439 = "stablehlo.dot_general"(%438, %arg48) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %440 = "stablehlo.reshape"(%439) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %441 = "stablehlo.reshape"(%440) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %442 = "stablehlo.reshape"(%350) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %443 = "stablehlo.dot_general"(%442, %arg49) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %444 = "stablehlo.reshape"(%443) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %445 = "stablehlo.reshape"(%444) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %446 = "stablehlo.reshape"(%350) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %447 = "stablehlo.dot_general"(%446, %arg50) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %448 = "stablehlo.reshape"(%447) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %449 = "stablehlo.reshape"(%448) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %450 = "stablehlo.dot_general"(%441, %445) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %451 = "stablehlo.broadcast_in_dim"(%368) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x1x1x48xf32>) -> tensor<32x4x3x48xf32>
    %452 = "stablehlo.add"(%450, %451) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n453_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %453 = "stablehlo.reduce"(%452, %n453_init) ({
    ^bb0(%n453_a: tensor<f32>, %n453_b: tensor<f32>):
      %n453_r = "stablehlo.maximum"(%n453_a, %n453_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n453_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %454 = "stablehlo.reshape"(%453) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %455 = "stablehlo.broadcast_in_dim"(%454) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %456 = "stablehlo.subtract"(%452, %455) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %457 = "stablehlo.exponential"(%456) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n458_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %458 = "stablehlo.reduce"(%457, %n458_init) ({
    ^bb0(%n458_a: tensor<f32>, %n458_b: tensor<f32>):
      %n458_r = "stablehlo.add"(%n458_a, %n458_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n458_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %459 = "stablehlo.reshape"(%458) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %460 = "stablehlo.broadcast_in_dim"(%459) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %461 = "stablehlo.divide"(%457, %460) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %462 = "stablehlo.dot_general"(%461, %449) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %463 = "stablehlo.transpose"(%462) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %464 = "stablehlo.reshape"(%463) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %465 = "stablehlo.reshape"(%464) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %466 = "stablehlo.dot_general"(%465, %arg51) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %467 = "stablehlo.reshape"(%466) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %468 = "stablehlo.add"(%418, %467) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %470 = "stablehlo.multiply"(%468, %468) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n471_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %471 = "stablehlo.reduce"(%470, %n471_init) ({
    ^bb0(%n471_a: tensor<f32>, %n471_b: tensor<f32>):
      %n471_r = "stablehlo.add"(%n471_a, %n471_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n471_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %472 = "stablehlo.reshape"(%471) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %473 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %474 = "stablehlo.broadcast_in_dim"(%473) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %475 = "stablehlo.multiply"(%472, %474) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %476 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %477 = "stablehlo.broadcast_in_dim"(%476) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %478 = "stablehlo.add"(%475, %477) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %479 = "stablehlo.rsqrt"(%478) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %480 = "stablehlo.broadcast_in_dim"(%479) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %481 = "stablehlo.multiply"(%468, %480) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %482 = "stablehlo.broadcast_in_dim"(%arg52) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %483 = "stablehlo.multiply"(%481, %482) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %486 = "stablehlo.reshape"(%483) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %487 = "stablehlo.dot_general"(%486, %arg54) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<512x128xf32>) -> tensor<96x512xf32>
    %488 = "stablehlo.reshape"(%487) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %489 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %490 = "stablehlo.broadcast_in_dim"(%489) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x512xf32>
    %491 = "stablehlo.maximum"(%488, %490) : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %492 = "stablehlo.reshape"(%491) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %493 = "stablehlo.dot_general"(%492, %arg53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x512xf32>, tensor<128x512xf32>) -> tensor<96x128xf32>
    %494 = "stablehlo.reshape"(%493) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %495 = "stablehlo.add"(%468, %494) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %497 = "stablehlo.multiply"(%495, %495) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n498_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %498 = "stablehlo.reduce"(%497, %n498_init) ({
    ^bb0(%n498_a: tensor<f32>, %n498_b: tensor<f32>):
      %n498_r = "stablehlo.add"(%n498_a, %n498_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n498_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %499 = "stablehlo.reshape"(%498) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %500 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %501 = "stablehlo.broadcast_in_dim"(%500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %502 = "stablehlo.multiply"(%499, %501) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %503 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %504 = "stablehlo.broadcast_in_dim"(%503) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %505 = "stablehlo.add"(%502, %504) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %506 = "stablehlo.rsqrt"(%505) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %507 = "stablehlo.broadcast_in_dim"(%506) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %508 = "stablehlo.multiply"(%495, %507) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %509 = "stablehlo.broadcast_in_dim"(%arg55) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %510 = "stablehlo.multiply"(%508, %509) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %515 = "stablehlo.reshape"(%510) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %516 = "stablehlo.dot_general"(%515, %arg56) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %517 = "stablehlo.reshape"(%516) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %518 = "stablehlo.reshape"(%517) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %519 = "stablehlo.reshape"(%510) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %520 = "stablehlo.dot_general"(%519, %arg57) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %521 = "stablehlo.reshape"(%520) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %522 = "stablehlo.reshape"(%521) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %523 = "stablehlo.reshape"(%510) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %524 = "stablehlo.dot_general"(%523, %arg58) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %525 = "stablehlo.reshape"(%524) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %526 = "stablehlo.reshape"(%525) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %527 = "stablehlo.dot_general"(%518, %522) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %528 = "stablehlo.broadcast_in_dim"(%360) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %529 = "stablehlo.add"(%527, %528) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n530_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %530 = "stablehlo.reduce"(%529, %n530_init) ({
    ^bb0(%n530_a: tensor<f32>, %n530_b: tensor<f32>):
      %n530_r = "stablehlo.maximum"(%n530_a, %n530_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n530_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %531 = "stablehlo.reshape"(%530) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %532 = "stablehlo.broadcast_in_dim"(%531) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %533 = "stablehlo.subtract"(%529, %532) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %534 = "stablehlo.exponential"(%533) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n535_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %535 = "stablehlo.reduce"(%534, %n535_init) ({
    ^bb0(%n535_a: tensor<f32>, %n535_b: tensor<f32>):
      %n535_r = "stablehlo.add"(%n535_a, %n535_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n535_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %536 = "stablehlo.reshape"(%535) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %537 = "stablehlo.broadcast_in_dim"(%536) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %538 = "stablehlo.divide"(%534, %537) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %539 = "stablehlo.dot_general"(%538, %526) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %540 = "stablehlo.transpose"(%539) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %541 = "stablehlo.reshape"(%540) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %542 = "stablehlo.reshape"(%541) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %543 = "stablehlo.dot_general"(%542, %arg59) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %544 = "stablehlo.reshape"(%543) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %545 = "stablehlo.add"(%495, %544) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %547 = "stablehlo.multiply"(%545, %545) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n548_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %548 = "stablehlo.reduce"(%547, %n548_init) ({
    ^bb0(%n548_a: tensor<f32>, %n548_b: tensor<f32>):
      %n548_r = "stablehlo.add"(%n548_a, %n548_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n548_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %549 = "stablehlo.reshape"(%548) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %550 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %551 = "stablehlo.broadcast_in_dim"(%550) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %552 = "stablehlo.multiply"(%549, %551) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %553 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %554 = "stablehlo.broadcast_in_dim"(%553) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %555 = "stablehlo.add"(%552, %554) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %556 = "stablehlo.rsqrt"(%555) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %557 = "stablehlo.broadcast_in_dim"(%556) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %558 = "stablehlo.multiply"(%545, %557) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %559 = "stablehlo.broadcast_in_dim"(%arg60) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %560 = "stablehlo.multiply"(%558, %559) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %565 = "stablehlo.reshape"(%560) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %566 = "stablehlo.dot_general"(%565, %arg61) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %567 = "stablehlo.reshape"(%566) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %568 = "stablehlo.reshape"(%567) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %569 = "stablehlo.reshape"(%350) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %570 = "stablehlo.dot_general"(%569, %arg62) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %571 = "stablehlo.reshape"(%570) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %572 = "stablehlo.reshape"(%571) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %573 = "stablehlo.reshape"(%350) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %574 = "stablehlo.dot_general"(%573, %arg63) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %575 = "stablehlo.reshape"(%574) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %576 = "stablehlo.reshape"(%575) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %577 = "stablehlo.dot_general"(%568, %572) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %578 = "stablehlo.broadcast_in_dim"(%368) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x1x1x48xf32>) -> tensor<32x4x3x48xf32>
    %579 = "stablehlo.add"(%577, %578) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n580_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %580 = "stablehlo.reduce"(%579, %n580_init) ({
    ^bb0(%n580_a: tensor<f32>, %n580_b: tensor<f32>):
      %n580_r = "stablehlo.maximum"(%n580_a, %n580_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n580_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %581 = "stablehlo.reshape"(%580) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %582 = "stablehlo.broadcast_in_dim"(%581) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %583 = "stablehlo.subtract"(%579, %582) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %584 = "stablehlo.exponential"(%583) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n585_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %585 = "stablehlo.reduce"(%584, %n585_init) ({
    ^bb0(%n585_a: tensor<f32>, %n585_b: tensor<f32>):
      %n585_r = "stablehlo.add"(%n585_a, %n585_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n585_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %586 = "stablehlo.reshape"(%585) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %587 = "stablehlo.broadcast_in_dim"(%586) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %588 = "stablehlo.divide"(%584, %587) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %589 = "stablehlo.dot_general"(%588, %576) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %590 = "stablehlo.transpose"(%589) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %591 = "stablehlo.reshape"(%590) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %592 = "stablehlo.reshape"(%591) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %593 = "stablehlo.dot_general"(%592, %arg64) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %594 = "stablehlo.reshape"(%593) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %595 = "stablehlo.add"(%545, %594) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %597 = "stablehlo.multiply"(%595, %595) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n598_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %598 = "stablehlo.reduce"(%597, %n598_init) ({
    ^bb0(%n598_a: tensor<f32>, %n598_b: tensor<f32>):
      %n598_r = "stablehlo.add"(%n598_a, %n598_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n598_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %599 = "stablehlo.reshape"(%598) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %600 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %601 = "stablehlo.broadcast_in_dim"(%600) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %602 = "stablehlo.multiply"(%599, %601) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %603 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %604 = "stablehlo.broadcast_in_dim"(%603) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %605 = "stablehlo.add"(%602, %604) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %606 = "stablehlo.rsqrt"(%605) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %607 = "stablehlo.broadcast_in_dim"(%606) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %608 = "stablehlo.multiply"(%595, %607) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %609 = "stablehlo.broadcast_in_dim"(%arg65) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %610 = "stablehlo.multiply"(%608, %609) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %613 = "stablehlo.reshape"(%610) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %614 = "stablehlo.dot_general"(%613, %arg67) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<512x128xf32>) -> tensor<96x512xf32>
    %615 = "stablehlo.reshape"(%614) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %616 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %617 = "stablehlo.broadcast_in_dim"(%616) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x512xf32>
    %618 = "stablehlo.maximum"(%615, %617) : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %619 = "stablehlo.reshape"(%618) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %620 = "stablehlo.dot_general"(%619, %arg66) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x512xf32>, tensor<128x512xf32>) -> tensor<96x128xf32>
    %621 = "stablehlo.reshape"(%620) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %622 = "stablehlo.add"(%595, %621) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %624 = "stablehlo.multiply"(%622, %622) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n625_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %625 = "stablehlo.reduce"(%624, %n625_init) ({
    ^bb0(%n625_a: tensor<f32>, %n625_b: tensor<f32>):
      %n625_r = "stablehlo.add"(%n625_a, %n625_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n625_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %626 = "stablehlo.reshape"(%625) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %627 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %628 = "stablehlo.broadcast_in_dim"(%627) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %629 = "stablehlo.multiply"(%626, %628) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %630 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %631 = "stablehlo.broadcast_in_dim"(%630) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %632 = "stablehlo.add"(%629, %631) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %633 = "stablehlo.rsqrt"(%632) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %634 = "stablehlo.broadcast_in_dim"(%633) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %635 = "stablehlo.multiply"(%622, %634) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %636 = "stablehlo.broadcast_in_dim"(%arg68) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %637 = "stablehlo.multiply"(%635, %636) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %642 = "stablehlo.reshape"(%637) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %643 = "stablehlo.dot_general"(%642, %arg69) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %644 = "stablehlo.reshape"(%643) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %645 = "stablehlo.reshape"(%644) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %646 = "stablehlo.reshape"(%637) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %647 = "stablehlo.dot_general"(%646, %arg70) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %648 = "stablehlo.reshape"(%647) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %649 = "stablehlo.reshape"(%648) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %650 = "stablehlo.reshape"(%637) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %651 = "stablehlo.dot_general"(%650, %arg71) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %652 = "stablehlo.reshape"(%651) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %653 = "stablehlo.reshape"(%652) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %654 = "stablehlo.dot_general"(%645, %649) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %655 = "stablehlo.broadcast_in_dim"(%360) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %656 = "stablehlo.add"(%654, %655) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n657_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %657 = "stablehlo.reduce"(%656, %n657_init) ({
    ^bb0(%n657_a: tensor<f32>, %n657_b: tensor<f32>):
      %n657_r = "stablehlo.maximum"(%n657_a, %n657_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n657_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %658 = "stablehlo.reshape"(%657) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %659 = "stablehlo.broadcast_in_dim"(%658) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %660 = "stablehlo.subtract"(%656, %659) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %661 = "stablehlo.exponential"(%660) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n662_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %662 = "stablehlo.reduce"(%661, %n662_init) ({
    ^bb0(%n662_a: tensor<f32>, %n662_b: tensor<f32>):
      %n662_r = "stablehlo.add"(%n662_a, %n662_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n662_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %663 = "stablehlo.reshape"(%662) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %664 = "stablehlo.broadcast_in_dim"(%663) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %665 = "stablehlo.divide"(%661, %664) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %666 = "stablehlo.dot_general"(%665, %653) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %667 = "stablehlo.transpose"(%666) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %668 = "stablehlo.reshape"(%667) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %669 = "stablehlo.reshape"(%668) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %670 = "stablehlo.dot_general"(%669, %arg72) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %671 = "stablehlo.reshape"(%670) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %672 = "stablehlo.add"(%622, %671) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %674 = "stablehlo.multiply"(%672, %672) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n675_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %675 = "stablehlo.reduce"(%674, %n675_init) ({
    ^bb0(%n675_a: tensor<f32>, %n675_b: tensor<f32>):
      %n675_r = "stablehlo.add"(%n675_a, %n675_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n675_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %676 = "stablehlo.reshape"(%675) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %677 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %678 = "stablehlo.broadcast_in_dim"(%677) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %679 = "stablehlo.multiply"(%676, %678) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %680 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %681 = "stablehlo.broadcast_in_dim"(%680) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %682 = "stablehlo.add"(%679, %681) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %683 = "stablehlo.rsqrt"(%682) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %684 = "stablehlo.broadcast_in_dim"(%683) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %685 = "stablehlo.multiply"(%672, %684) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %686 = "stablehlo.broadcast_in_dim"(%arg73) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %687 = "stablehlo.multiply"(%685, %686) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %692 = "stablehlo.reshape"(%687) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %693 = "stablehlo.dot_general"(%692, %arg74) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %694 = "stablehlo.reshape"(%693) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %695 = "stablehlo.reshape"(%694) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %696 = "stablehlo.reshape"(%350) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %697 = "stablehlo.dot_general"(%696, %arg75) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %698 = "stablehlo.reshape"(%697) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %699 = "stablehlo.reshape"(%698) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %700 = "stablehlo.reshape"(%350) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %701 = "stablehlo.dot_general"(%700, %arg76) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %702 = "stablehlo.reshape"(%701) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %703 = "stablehlo.reshape"(%702) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %704 = "stablehlo.dot_general"(%695, %699) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %705 = "stablehlo.broadcast_in_dim"(%368) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x1x1x48xf32>) -> tensor<32x4x3x48xf32>
    %706 = "stablehlo.add"(%704, %705) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n707_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %707 = "stablehlo.reduce"(%706, %n707_init) ({
    ^bb0(%n707_a: tensor<f32>, %n707_b: tensor<f32>):
      %n707_r = "stablehlo.maximum"(%n707_a, %n707_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n707_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %708 = "stablehlo.reshape"(%707) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %709 = "stablehlo.broadcast_in_dim"(%708) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %710 = "stablehlo.subtract"(%706, %709) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %711 = "stablehlo.exponential"(%710) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n712_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %712 = "stablehlo.reduce"(%711, %n712_init) ({
    ^bb0(%n712_a: tensor<f32>, %n712_b: tensor<f32>):
      %n712_r = "stablehlo.add"(%n712_a, %n712_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n712_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %713 = "stablehlo.reshape"(%712) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %714 = "stablehlo.broadcast_in_dim"(%713) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %715 = "stablehlo.divide"(%711, %714) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %716 = "stablehlo.dot_general"(%715, %703) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %717 = "stablehlo.transpose"(%716) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %718 = "stablehlo.reshape"(%717) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %719 = "stablehlo.reshape"(%718) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %720 = "stablehlo.dot_general"(%719, %arg77) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %721 = "stablehlo.reshape"(%720) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %722 = "stablehlo.add"(%672, %721) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %724 = "stablehlo.multiply"(%722, %722) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n725_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %725 = "stablehlo.reduce"(%724, %n725_init) ({
    ^bb0(%n725_a: tensor<f32>, %n725_b: tensor<f32>):
      %n725_r = "stablehlo.add"(%n725_a, %n725_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n725_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %726 = "stablehlo.reshape"(%725) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %727 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %728 = "stablehlo.broadcast_in_dim"(%727) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %729 = "stablehlo.multiply"(%726, %728) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %730 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %731 = "stablehlo.broadcast_in_dim"(%730) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %732 = "stablehlo.add"(%729, %731) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %733 = "stablehlo.rsqrt"(%732) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %734 = "stablehlo.broadcast_in_dim"(%733) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %735 = "stablehlo.multiply"(%722, %734) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %736 = "stablehlo.broadcast_in_dim"(%arg78) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %737 = "stablehlo.multiply"(%735, %736) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %740 = "stablehlo.reshape"(%737) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %741 = "stablehlo.dot_general"(%740, %arg80) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<512x128xf32>) -> tensor<96x512xf32>
    %742 = "stablehlo.reshape"(%741) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %743 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %744 = "stablehlo.broadcast_in_dim"(%743) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x512xf32>
    %745 = "stablehlo.maximum"(%742, %744) : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %746 = "stablehlo.reshape"(%745) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %747 = "stablehlo.dot_general"(%746, %arg79) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x512xf32>, tensor<128x512xf32>) -> tensor<96x128xf32>
    %748 = "stablehlo.reshape"(%747) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %749 = "stablehlo.add"(%722, %748) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %751 = "stablehlo.multiply"(%749, %749) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n752_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %752 = "stablehlo.reduce"(%751, %n752_init) ({
    ^bb0(%n752_a: tensor<f32>, %n752_b: tensor<f32>):
      %n752_r = "stablehlo.add"(%n752_a, %n752_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n752_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %753 = "stablehlo.reshape"(%752) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %754 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %755 = "stablehlo.broadcast_in_dim"(%754) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %756 = "stablehlo.multiply"(%753, %755) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %757 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %758 = "stablehlo.broadcast_in_dim"(%757) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %759 = "stablehlo.add"(%756, %758) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %760 = "stablehlo.rsqrt"(%759) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %761 = "stablehlo.broadcast_in_dim"(%760) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %762 = "stablehlo.multiply"(%749, %761) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %763 = "stablehlo.broadcast_in_dim"(%arg81) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %764 = "stablehlo.multiply"(%762, %763) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %769 = "stablehlo.reshape"(%764) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %770 = "stablehlo.dot_general"(%769, %arg82) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %771 = "stablehlo.reshape"(%770) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %772 = "stablehlo.reshape"(%771) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %773 = "stablehlo.reshape"(%764) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %774 = "stablehlo.dot_general"(%773, %arg83) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %775 = "stablehlo.reshape"(%774) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %776 = "stablehlo.reshape"(%775) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %777 = "stablehlo.reshape"(%764) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %778 = "stablehlo.dot_general"(%777, %arg84) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %779 = "stablehlo.reshape"(%778) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %780 = "stablehlo.reshape"(%779) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %781 = "stablehlo.dot_general"(%772, %776) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %782 = "stablehlo.broadcast_in_dim"(%360) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %783 = "stablehlo.add"(%781, %782) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n784_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %784 = "stablehlo.reduce"(%783, %n784_init) ({
    ^bb0(%n784_a: tensor<f32>, %n784_b: tensor<f32>):
      %n784_r = "stablehlo.maximum"(%n784_a, %n784_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n784_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %785 = "stablehlo.reshape"(%784) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %786 = "stablehlo.broadcast_in_dim"(%785) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %787 = "stablehlo.subtract"(%783, %786) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %788 = "stablehlo.exponential"(%787) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n789_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %789 = "stablehlo.reduce"(%788, %n789_init) ({
    ^bb0(%n789_a: tensor<f32>, %n789_b: tensor<f32>):
      %n789_r = "stablehlo.add"(%n789_a, %n789_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n789_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %790 = "stablehlo.reshape"(%789) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %791 = "stablehlo.broadcast_in_dim"(%790) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %792 = "stablehlo.divide"(%788, %791) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %793 = "stablehlo.dot_general"(%792, %780) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %794 = "stablehlo.transpose"(%793) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %795 = "stablehlo.reshape"(%794) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %796 = "stablehlo.reshape"(%795) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %797 = "stablehlo.dot_general"(%796, %arg85) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %798 = "stablehlo.reshape"(%797) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %799 = "stablehlo.add"(%749, %798) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %801 = "stablehlo.multiply"(%799, %799) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n802_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %802 = "stablehlo.reduce"(%801, %n802_init) ({
    ^bb0(%n802_a: tensor<f32>, %n802_b: tensor<f32>):
      %n802_r = "stablehlo.add"(%n802_a, %n802_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n802_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %803 = "stablehlo.reshape"(%802) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %804 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %805 = "stablehlo.broadcast_in_dim"(%804) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %806 = "stablehlo.multiply"(%803, %805) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %807 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %808 = "stablehlo.broadcast_in_dim"(%807) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %809 = "stablehlo.add"(%806, %808) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %810 = "stablehlo.rsqrt"(%809) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %811 = "stablehlo.broadcast_in_dim"(%810) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %812 = "stablehlo.multiply"(%799, %811) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %813 = "stablehlo.broadcast_in_dim"(%arg86) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %814 = "stablehlo.multiply"(%812, %813) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %819 = "stablehlo.reshape"(%814) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %820 = "stablehlo.dot_general"(%819, %arg87) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %821 = "stablehlo.reshape"(%820) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %822 = "stablehlo.reshape"(%821) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %823 = "stablehlo.reshape"(%350) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %824 = "stablehlo.dot_general"(%823, %arg88) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %825 = "stablehlo.reshape"(%824) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %826 = "stablehlo.reshape"(%825) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %827 = "stablehlo.reshape"(%350) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %828 = "stablehlo.dot_general"(%827, %arg89) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %829 = "stablehlo.reshape"(%828) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %830 = "stablehlo.reshape"(%829) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %831 = "stablehlo.dot_general"(%822, %826) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %832 = "stablehlo.broadcast_in_dim"(%368) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x1x1x48xf32>) -> tensor<32x4x3x48xf32>
    %833 = "stablehlo.add"(%831, %832) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n834_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %834 = "stablehlo.reduce"(%833, %n834_init) ({
    ^bb0(%n834_a: tensor<f32>, %n834_b: tensor<f32>):
      %n834_r = "stablehlo.maximum"(%n834_a, %n834_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n834_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %835 = "stablehlo.reshape"(%834) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %836 = "stablehlo.broadcast_in_dim"(%835) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %837 = "stablehlo.subtract"(%833, %836) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %838 = "stablehlo.exponential"(%837) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n839_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %839 = "stablehlo.reduce"(%838, %n839_init) ({
    ^bb0(%n839_a: tensor<f32>, %n839_b: tensor<f32>):
      %n839_r = "stablehlo.add"(%n839_a, %n839_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n839_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %840 = "stablehlo.reshape"(%839) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %841 = "stablehlo.broadcast_in_dim"(%840) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %842 = "stablehlo.divide"(%838, %841) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %843 = "stablehlo.dot_general"(%842, %830) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %844 = "stablehlo.transpose"(%843) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %845 = "stablehlo.reshape"(%844) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %846 = "stablehlo.reshape"(%845) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %847 = "stablehlo.dot_general"(%846, %arg90) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %848 = "stablehlo.reshape"(%847) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %849 = "stablehlo.add"(%799, %848) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %851 = "stablehlo.multiply"(%849, %849) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n852_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %852 = "stablehlo.reduce"(%851, %n852_init) ({
    ^bb0(%n852_a: tensor<f32>, %n852_b: tensor<f32>):
      %n852_r = "stablehlo.add"(%n852_a, %n852_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n852_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %853 = "stablehlo.reshape"(%852) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %854 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %855 = "stablehlo.broadcast_in_dim"(%854) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %856 = "stablehlo.multiply"(%853, %855) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %857 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %858 = "stablehlo.broadcast_in_dim"(%857) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %859 = "stablehlo.add"(%856, %858) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %860 = "stablehlo.rsqrt"(%859) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %861 = "stablehlo.broadcast_in_dim"(%860) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %862 = "stablehlo.multiply"(%849, %861) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %863 = "stablehlo.broadcast_in_dim"(%arg91) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %864 = "stablehlo.multiply"(%862, %863) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %867 = "stablehlo.reshape"(%864) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %868 = "stablehlo.dot_general"(%867, %arg93) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<512x128xf32>) -> tensor<96x512xf32>
    %869 = "stablehlo.reshape"(%868) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %870 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %871 = "stablehlo.broadcast_in_dim"(%870) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x512xf32>
    %872 = "stablehlo.maximum"(%869, %871) : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %873 = "stablehlo.reshape"(%872) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %874 = "stablehlo.dot_general"(%873, %arg92) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x512xf32>, tensor<128x512xf32>) -> tensor<96x128xf32>
    %875 = "stablehlo.reshape"(%874) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %876 = "stablehlo.add"(%849, %875) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %878 = "stablehlo.multiply"(%876, %876) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n879_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %879 = "stablehlo.reduce"(%878, %n879_init) ({
    ^bb0(%n879_a: tensor<f32>, %n879_b: tensor<f32>):
      %n879_r = "stablehlo.add"(%n879_a, %n879_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n879_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %880 = "stablehlo.reshape"(%879) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %881 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %882 = "stablehlo.broadcast_in_dim"(%881) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %883 = "stablehlo.multiply"(%880, %882) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %884 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %885 = "stablehlo.broadcast_in_dim"(%884) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %886 = "stablehlo.add"(%883, %885) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %887 = "stablehlo.rsqrt"(%886) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %888 = "stablehlo.broadcast_in_dim"(%887) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %889 = "stablehlo.multiply"(%876, %888) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %890 = "stablehlo.broadcast_in_dim"(%arg94) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %891 = "stablehlo.multiply"(%889, %890) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %892 = stablehlo.constant dense<0x3DB504F3> : tensor<f32>
    %893 = "stablehlo.broadcast_in_dim"(%892) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x128xf32>
    %894 = "stablehlo.multiply"(%891, %893) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %895 = "stablehlo.reshape"(%894) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %896 = "stablehlo.dot_general"(%895, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<96x128xf32>, tensor<32128x128xf32>) -> tensor<96x32128xf32>
    %897 = "stablehlo.reshape"(%896) : (tensor<96x32128xf32>) -> tensor<32x3x32128xf32>
    %898 = "stablehlo.reshape"(%897) : (tensor<32x3x32128xf32>) -> tensor<96x32128xf32>
    %899 = "stablehlo.reshape"(%arg3) : (tensor<32x3xi32>) -> tensor<96xi32>
    %n900_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %900 = "stablehlo.reduce"(%898, %n900_init) ({
    ^bb0(%n900_a: tensor<f32>, %n900_b: tensor<f32>):
      %n900_r = "stablehlo.maximum"(%n900_a, %n900_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n900_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<96x32128xf32>, tensor<f32>) -> tensor<96xf32>
    %901 = "stablehlo.reshape"(%900) : (tensor<96xf32>) -> tensor<96x1xf32>
    %902 = "stablehlo.broadcast_in_dim"(%901) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<96x1xf32>) -> tensor<96x32128xf32>
    %903 = "stablehlo.subtract"(%898, %902) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %904 = "stablehlo.exponential"(%903) : (tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %n905_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %905 = "stablehlo.reduce"(%904, %n905_init) ({
    ^bb0(%n905_a: tensor<f32>, %n905_b: tensor<f32>):
      %n905_r = "stablehlo.add"(%n905_a, %n905_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n905_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<96x32128xf32>, tensor<f32>) -> tensor<96xf32>
    %906 = "stablehlo.reshape"(%905) : (tensor<96xf32>) -> tensor<96x1xf32>
    %907 = "stablehlo.log"(%906) : (tensor<96x1xf32>) -> tensor<96x1xf32>
    %908 = "stablehlo.broadcast_in_dim"(%907) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<96x1xf32>) -> tensor<96x32128xf32>
    %909 = "stablehlo.subtract"(%903, %908) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %910 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<96x32128xi32>
    %911 = "stablehlo.broadcast_in_dim"(%899) {broadcast_dimensions = array<i64: 0>} : (tensor<96xi32>) -> tensor<96x32128xi32>
    %912 = "stablehlo.compare"(%910, %911) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<96x32128xi32>, tensor<96x32128xi32>) -> tensor<96x32128xi1>
    %913 = "stablehlo.convert"(%912) : (tensor<96x32128xi1>) -> tensor<96x32128xf32>
    %914 = "stablehlo.multiply"(%913, %909) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %n915_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %915 = "stablehlo.reduce"(%914, %n915_init) ({
    ^bb0(%n915_a: tensor<f32>, %n915_b: tensor<f32>):
      %n915_r = "stablehlo.add"(%n915_a, %n915_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n915_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<96x32128xf32>, tensor<f32>) -> tensor<96xf32>
    %916 = "stablehlo.negate"(%915) : (tensor<96xf32>) -> tensor<96xf32>
    %917 = stablehlo.constant dense<0> : tensor<i32>
    %918 = "stablehlo.broadcast_in_dim"(%917) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<96xi32>
    %919 = "stablehlo.compare"(%899, %918) {comparison_direction = #stablehlo<comparison_direction NE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<96xi32>, tensor<96xi32>) -> tensor<96xi1>
    %920 = "stablehlo.convert"(%919) : (tensor<96xi1>) -> tensor<96xf32>
    %921 = "stablehlo.multiply"(%916, %920) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %n922_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %922 = "stablehlo.reduce"(%921, %n922_init) ({
    ^bb0(%n922_a: tensor<f32>, %n922_b: tensor<f32>):
      %n922_r = "stablehlo.add"(%n922_a, %n922_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n922_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %n923_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %923 = "stablehlo.reduce"(%920, %n923_init) ({
    ^bb0(%n923_a: tensor<f32>, %n923_b: tensor<f32>):
      %n923_r = "stablehlo.add"(%n923_a, %n923_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n923_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %924 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %925 = "stablehlo.maximum"(%923, %924) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %926 = "stablehlo.divide"(%922, %925) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %927 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %928 = "stablehlo.divide"(%927, %925) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %929 = "stablehlo.broadcast_in_dim"(%928) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %930 = "stablehlo.multiply"(%929, %920) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %931 = "stablehlo.negate"(%930) : (tensor<96xf32>) -> tensor<96xf32>
    %932 = "stablehlo.broadcast_in_dim"(%931) {broadcast_dimensions = array<i64: 0>} : (tensor<96xf32>) -> tensor<96x32128xf32>
    %933 = "stablehlo.multiply"(%932, %913) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %934 = "stablehlo.negate"(%933) : (tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %n935_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %935 = "stablehlo.reduce"(%934, %n935_init) ({
    ^bb0(%n935_a: tensor<f32>, %n935_b: tensor<f32>):
      %n935_r = "stablehlo.add"(%n935_a, %n935_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n935_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<96x32128xf32>, tensor<f32>) -> tensor<96xf32>
    %936 = "stablehlo.reshape"(%935) : (tensor<96xf32>) -> tensor<96x1xf32>
    %937 = "stablehlo.divide"(%936, %906) : (tensor<96x1xf32>, tensor<96x1xf32>) -> tensor<96x1xf32>
    %938 = "stablehlo.reshape"(%937) : (tensor<96x1xf32>) -> tensor<96xf32>
    %939 = "stablehlo.broadcast_in_dim"(%938) {broadcast_dimensions = array<i64: 0>} : (tensor<96xf32>) -> tensor<96x32128xf32>
    %940 = "stablehlo.multiply"(%939, %904) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %941 = "stablehlo.add"(%933, %940) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %942 = "stablehlo.negate"(%941) : (tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %n943_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %943 = "stablehlo.reduce"(%942, %n943_init) ({
    ^bb0(%n943_a: tensor<f32>, %n943_b: tensor<f32>):
      %n943_r = "stablehlo.add"(%n943_a, %n943_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n943_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<96x32128xf32>, tensor<f32>) -> tensor<96xf32>
    %944 = "stablehlo.reshape"(%943) : (tensor<96xf32>) -> tensor<96x1xf32>
    %945 = "stablehlo.reshape"(%944) : (tensor<96x1xf32>) -> tensor<96xf32>
    %946 = "stablehlo.broadcast_in_dim"(%900) {broadcast_dimensions = array<i64: 0>} : (tensor<96xf32>) -> tensor<96x32128xf32>
    %947 = "stablehlo.compare"(%898, %946) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xi1>
    %948 = "stablehlo.convert"(%947) : (tensor<96x32128xi1>) -> tensor<96x32128xf32>
    %n949_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %949 = "stablehlo.reduce"(%948, %n949_init) ({
    ^bb0(%n949_a: tensor<f32>, %n949_b: tensor<f32>):
      %n949_r = "stablehlo.add"(%n949_a, %n949_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n949_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<96x32128xf32>, tensor<f32>) -> tensor<96xf32>
    %950 = "stablehlo.divide"(%945, %949) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %951 = "stablehlo.broadcast_in_dim"(%950) {broadcast_dimensions = array<i64: 0>} : (tensor<96xf32>) -> tensor<96x32128xf32>
    %952 = "stablehlo.multiply"(%951, %948) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %953 = "stablehlo.add"(%941, %952) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %954 = "stablehlo.reshape"(%953) : (tensor<96x32128xf32>) -> tensor<32x3x32128xf32>
    %955 = "stablehlo.reshape"(%954) : (tensor<32x3x32128xf32>) -> tensor<96x32128xf32>
    %956 = "stablehlo.dot_general"(%955, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x32128xf32>, tensor<32128x128xf32>) -> tensor<96x128xf32>
    %957 = "stablehlo.dot_general"(%955, %895) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x32128xf32>, tensor<96x128xf32>) -> tensor<32128x128xf32>
    %958 = "stablehlo.reshape"(%956) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %959 = "stablehlo.multiply"(%958, %893) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %960 = "stablehlo.multiply"(%959, %890) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %961 = "stablehlo.multiply"(%959, %889) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n962_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %962 = "stablehlo.reduce"(%961, %n962_init) ({
    ^bb0(%n962_a: tensor<f32>, %n962_b: tensor<f32>):
      %n962_r = "stablehlo.add"(%n962_a, %n962_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n962_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %963 = "stablehlo.multiply"(%960, %888) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %964 = "stablehlo.multiply"(%960, %876) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n965_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %965 = "stablehlo.reduce"(%964, %n965_init) ({
    ^bb0(%n965_a: tensor<f32>, %n965_b: tensor<f32>):
      %n965_r = "stablehlo.add"(%n965_a, %n965_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n965_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %966 = "stablehlo.reshape"(%965) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %967 = "stablehlo.divide"(%887, %886) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %968 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %969 = "stablehlo.broadcast_in_dim"(%968) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %970 = "stablehlo.multiply"(%967, %969) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %971 = "stablehlo.multiply"(%966, %970) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %972 = "stablehlo.multiply"(%971, %882) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %973 = "stablehlo.reshape"(%972) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %974 = "stablehlo.broadcast_in_dim"(%973) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %975 = "stablehlo.multiply"(%974, %876) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %976 = "stablehlo.multiply"(%974, %876) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %977 = "stablehlo.add"(%963, %975) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %978 = "stablehlo.add"(%977, %976) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %979 = "stablehlo.reshape"(%978) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %980 = "stablehlo.dot_general"(%979, %arg92) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x512xf32>) -> tensor<96x512xf32>
    %981 = "stablehlo.dot_general"(%979, %873) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x512xf32>) -> tensor<128x512xf32>
    %982 = "stablehlo.reshape"(%980) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %983 = "stablehlo.compare"(%869, %871) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %984 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %985 = "stablehlo.select"(%983, %982, %984) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %986 = "stablehlo.reshape"(%985) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %987 = "stablehlo.dot_general"(%986, %arg93) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<512x128xf32>) -> tensor<96x128xf32>
    %988 = "stablehlo.dot_general"(%986, %867) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<96x128xf32>) -> tensor<512x128xf32>
    %989 = "stablehlo.reshape"(%987) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %990 = "stablehlo.multiply"(%989, %863) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %991 = "stablehlo.multiply"(%989, %862) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n992_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %992 = "stablehlo.reduce"(%991, %n992_init) ({
    ^bb0(%n992_a: tensor<f32>, %n992_b: tensor<f32>):
      %n992_r = "stablehlo.add"(%n992_a, %n992_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n992_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %993 = "stablehlo.multiply"(%990, %861) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %994 = "stablehlo.multiply"(%990, %849) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %995 = "stablehlo.add"(%978, %993) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n996_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %996 = "stablehlo.reduce"(%994, %n996_init) ({
    ^bb0(%n996_a: tensor<f32>, %n996_b: tensor<f32>):
      %n996_r = "stablehlo.add"(%n996_a, %n996_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n996_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %997 = "stablehlo.reshape"(%996) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %998 = "stablehlo.divide"(%860, %859) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %999 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1000 = "stablehlo.broadcast_in_dim"(%999) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1001 = "stablehlo.multiply"(%998, %1000) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1002 = "stablehlo.multiply"(%997, %1001) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1003 = "stablehlo.multiply"(%1002, %855) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1004 = "stablehlo.reshape"(%1003) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1005 = "stablehlo.broadcast_in_dim"(%1004) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1006 = "stablehlo.multiply"(%1005, %849) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1007 = "stablehlo.multiply"(%1005, %849) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1008 = "stablehlo.add"(%995, %1006) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1009 = "stablehlo.add"(%1008, %1007) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1010 = "stablehlo.reshape"(%1009) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1011 = "stablehlo.dot_general"(%1010, %arg90) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1012 = "stablehlo.dot_general"(%1010, %846) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1013 = "stablehlo.reshape"(%1011) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1014 = "stablehlo.reshape"(%1013) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1015 = "stablehlo.transpose"(%1014) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1016 = "stablehlo.dot_general"(%1015, %830) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1017 = "stablehlo.dot_general"(%1015, %842) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1018 = "stablehlo.transpose"(%1017) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1019 = "stablehlo.divide"(%1016, %841) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1020 = "stablehlo.multiply"(%1019, %842) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1021 = "stablehlo.negate"(%1020) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1022_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1022 = "stablehlo.reduce"(%1021, %n1022_init) ({
    ^bb0(%n1022_a: tensor<f32>, %n1022_b: tensor<f32>):
      %n1022_r = "stablehlo.add"(%n1022_a, %n1022_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1022_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1023 = "stablehlo.reshape"(%1022) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1024 = "stablehlo.reshape"(%1023) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1025 = "stablehlo.broadcast_in_dim"(%1024) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1026 = "stablehlo.add"(%1019, %1025) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1027 = "stablehlo.multiply"(%1026, %838) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1028 = "stablehlo.negate"(%1027) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1029_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1029 = "stablehlo.reduce"(%1028, %n1029_init) ({
    ^bb0(%n1029_a: tensor<f32>, %n1029_b: tensor<f32>):
      %n1029_r = "stablehlo.add"(%n1029_a, %n1029_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1029_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1030 = "stablehlo.reshape"(%1029) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1031 = "stablehlo.reshape"(%1030) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1032 = "stablehlo.broadcast_in_dim"(%834) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1033 = "stablehlo.compare"(%833, %1032) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1034 = "stablehlo.convert"(%1033) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1035_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1035 = "stablehlo.reduce"(%1034, %n1035_init) ({
    ^bb0(%n1035_a: tensor<f32>, %n1035_b: tensor<f32>):
      %n1035_r = "stablehlo.add"(%n1035_a, %n1035_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1035_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1036 = "stablehlo.divide"(%1031, %1035) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1037 = "stablehlo.broadcast_in_dim"(%1036) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1038 = "stablehlo.multiply"(%1037, %1034) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1039 = "stablehlo.add"(%1027, %1038) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1040 = "stablehlo.dot_general"(%1039, %826) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1041 = "stablehlo.transpose"(%1040) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1042 = "stablehlo.dot_general"(%1039, %822) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1043 = "stablehlo.transpose"(%1042) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1044 = "stablehlo.reshape"(%1018) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1045 = "stablehlo.reshape"(%1044) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1046 = "stablehlo.dot_general"(%1045, %arg89) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1047 = "stablehlo.dot_general"(%1045, %827) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1048 = "stablehlo.reshape"(%1046) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1049 = "stablehlo.reshape"(%1043) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1050 = "stablehlo.reshape"(%1049) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1051 = "stablehlo.dot_general"(%1050, %arg88) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1052 = "stablehlo.dot_general"(%1050, %823) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1053 = "stablehlo.reshape"(%1051) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1054 = "stablehlo.add"(%1048, %1053) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1055 = "stablehlo.reshape"(%1041) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1056 = "stablehlo.reshape"(%1055) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1057 = "stablehlo.dot_general"(%1056, %arg87) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1058 = "stablehlo.dot_general"(%1056, %819) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1059 = "stablehlo.reshape"(%1057) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1060 = "stablehlo.multiply"(%1059, %813) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1061 = "stablehlo.multiply"(%1059, %812) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1062_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1062 = "stablehlo.reduce"(%1061, %n1062_init) ({
    ^bb0(%n1062_a: tensor<f32>, %n1062_b: tensor<f32>):
      %n1062_r = "stablehlo.add"(%n1062_a, %n1062_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1062_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1063 = "stablehlo.multiply"(%1060, %811) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1064 = "stablehlo.multiply"(%1060, %799) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1065 = "stablehlo.add"(%1009, %1063) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1066_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1066 = "stablehlo.reduce"(%1064, %n1066_init) ({
    ^bb0(%n1066_a: tensor<f32>, %n1066_b: tensor<f32>):
      %n1066_r = "stablehlo.add"(%n1066_a, %n1066_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1066_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1067 = "stablehlo.reshape"(%1066) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1068 = "stablehlo.divide"(%810, %809) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1069 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1070 = "stablehlo.broadcast_in_dim"(%1069) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1071 = "stablehlo.multiply"(%1068, %1070) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1072 = "stablehlo.multiply"(%1067, %1071) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1073 = "stablehlo.multiply"(%1072, %805) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1074 = "stablehlo.reshape"(%1073) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1075 = "stablehlo.broadcast_in_dim"(%1074) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1076 = "stablehlo.multiply"(%1075, %799) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1077 = "stablehlo.multiply"(%1075, %799) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1078 = "stablehlo.add"(%1065, %1076) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1079 = "stablehlo.add"(%1078, %1077) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1080 = "stablehlo.reshape"(%1079) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1081 = "stablehlo.dot_general"(%1080, %arg85) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1082 = "stablehlo.dot_general"(%1080, %796) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1083 = "stablehlo.reshape"(%1081) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1084 = "stablehlo.reshape"(%1083) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1085 = "stablehlo.transpose"(%1084) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1086 = "stablehlo.dot_general"(%1085, %780) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1087 = "stablehlo.dot_general"(%1085, %792) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1088 = "stablehlo.transpose"(%1087) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1089 = "stablehlo.divide"(%1086, %791) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1090 = "stablehlo.multiply"(%1089, %792) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1091 = "stablehlo.negate"(%1090) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1092_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1092 = "stablehlo.reduce"(%1091, %n1092_init) ({
    ^bb0(%n1092_a: tensor<f32>, %n1092_b: tensor<f32>):
      %n1092_r = "stablehlo.add"(%n1092_a, %n1092_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1092_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1093 = "stablehlo.reshape"(%1092) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1094 = "stablehlo.reshape"(%1093) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1095 = "stablehlo.broadcast_in_dim"(%1094) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1096 = "stablehlo.add"(%1089, %1095) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1097 = "stablehlo.multiply"(%1096, %788) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1098 = "stablehlo.negate"(%1097) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1099_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1099 = "stablehlo.reduce"(%1098, %n1099_init) ({
    ^bb0(%n1099_a: tensor<f32>, %n1099_b: tensor<f32>):
      %n1099_r = "stablehlo.add"(%n1099_a, %n1099_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1099_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1100 = "stablehlo.reshape"(%1099) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1101 = "stablehlo.reshape"(%1100) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1102 = "stablehlo.broadcast_in_dim"(%784) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1103 = "stablehlo.compare"(%783, %1102) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1104 = "stablehlo.convert"(%1103) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1105_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1105 = "stablehlo.reduce"(%1104, %n1105_init) ({
    ^bb0(%n1105_a: tensor<f32>, %n1105_b: tensor<f32>):
      %n1105_r = "stablehlo.add"(%n1105_a, %n1105_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1105_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1106 = "stablehlo.divide"(%1101, %1105) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1107 = "stablehlo.broadcast_in_dim"(%1106) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1108 = "stablehlo.multiply"(%1107, %1104) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1109 = "stablehlo.add"(%1097, %1108) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1110_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1110 = "stablehlo.reduce"(%1109, %n1110_init) ({
    ^bb0(%n1110_a: tensor<f32>, %n1110_b: tensor<f32>):
      %n1110_r = "stablehlo.add"(%n1110_a, %n1110_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1110_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1111 = "stablehlo.reshape"(%1110) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1112 = "stablehlo.dot_general"(%1109, %776) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1113 = "stablehlo.transpose"(%1112) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1114 = "stablehlo.dot_general"(%1109, %772) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1115 = "stablehlo.transpose"(%1114) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1116 = "stablehlo.reshape"(%1088) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1117 = "stablehlo.reshape"(%1116) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1118 = "stablehlo.dot_general"(%1117, %arg84) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1119 = "stablehlo.dot_general"(%1117, %777) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1120 = "stablehlo.reshape"(%1118) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1121 = "stablehlo.reshape"(%1115) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1122 = "stablehlo.reshape"(%1121) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1123 = "stablehlo.dot_general"(%1122, %arg83) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1124 = "stablehlo.dot_general"(%1122, %773) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1125 = "stablehlo.reshape"(%1123) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1126 = "stablehlo.add"(%1120, %1125) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1127 = "stablehlo.reshape"(%1113) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1128 = "stablehlo.reshape"(%1127) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1129 = "stablehlo.dot_general"(%1128, %arg82) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1130 = "stablehlo.dot_general"(%1128, %769) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1131 = "stablehlo.reshape"(%1129) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1132 = "stablehlo.add"(%1126, %1131) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1133 = "stablehlo.multiply"(%1132, %763) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1134 = "stablehlo.multiply"(%1132, %762) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1135_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1135 = "stablehlo.reduce"(%1134, %n1135_init) ({
    ^bb0(%n1135_a: tensor<f32>, %n1135_b: tensor<f32>):
      %n1135_r = "stablehlo.add"(%n1135_a, %n1135_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1135_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1136 = "stablehlo.multiply"(%1133, %761) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1137 = "stablehlo.multiply"(%1133, %749) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1138 = "stablehlo.add"(%1079, %1136) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1139_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1139 = "stablehlo.reduce"(%1137, %n1139_init) ({
    ^bb0(%n1139_a: tensor<f32>, %n1139_b: tensor<f32>):
      %n1139_r = "stablehlo.add"(%n1139_a, %n1139_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1139_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1140 = "stablehlo.reshape"(%1139) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1141 = "stablehlo.divide"(%760, %759) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1142 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1143 = "stablehlo.broadcast_in_dim"(%1142) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1144 = "stablehlo.multiply"(%1141, %1143) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1145 = "stablehlo.multiply"(%1140, %1144) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1146 = "stablehlo.multiply"(%1145, %755) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1147 = "stablehlo.reshape"(%1146) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1148 = "stablehlo.broadcast_in_dim"(%1147) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1149 = "stablehlo.multiply"(%1148, %749) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1150 = "stablehlo.multiply"(%1148, %749) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1151 = "stablehlo.add"(%1138, %1149) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1152 = "stablehlo.add"(%1151, %1150) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1153 = "stablehlo.reshape"(%1152) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1154 = "stablehlo.dot_general"(%1153, %arg79) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x512xf32>) -> tensor<96x512xf32>
    %1155 = "stablehlo.dot_general"(%1153, %746) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x512xf32>) -> tensor<128x512xf32>
    %1156 = "stablehlo.reshape"(%1154) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %1157 = "stablehlo.compare"(%742, %744) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %1158 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %1159 = "stablehlo.select"(%1157, %1156, %1158) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %1160 = "stablehlo.reshape"(%1159) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %1161 = "stablehlo.dot_general"(%1160, %arg80) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<512x128xf32>) -> tensor<96x128xf32>
    %1162 = "stablehlo.dot_general"(%1160, %740) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<96x128xf32>) -> tensor<512x128xf32>
    %1163 = "stablehlo.reshape"(%1161) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1164 = "stablehlo.multiply"(%1163, %736) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1165 = "stablehlo.multiply"(%1163, %735) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1166_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1166 = "stablehlo.reduce"(%1165, %n1166_init) ({
    ^bb0(%n1166_a: tensor<f32>, %n1166_b: tensor<f32>):
      %n1166_r = "stablehlo.add"(%n1166_a, %n1166_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1166_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1167 = "stablehlo.multiply"(%1164, %734) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1168 = "stablehlo.multiply"(%1164, %722) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1169 = "stablehlo.add"(%1152, %1167) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1170_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1170 = "stablehlo.reduce"(%1168, %n1170_init) ({
    ^bb0(%n1170_a: tensor<f32>, %n1170_b: tensor<f32>):
      %n1170_r = "stablehlo.add"(%n1170_a, %n1170_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1170_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1171 = "stablehlo.reshape"(%1170) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1172 = "stablehlo.divide"(%733, %732) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1173 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1174 = "stablehlo.broadcast_in_dim"(%1173) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1175 = "stablehlo.multiply"(%1172, %1174) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1176 = "stablehlo.multiply"(%1171, %1175) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1177 = "stablehlo.multiply"(%1176, %728) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1178 = "stablehlo.reshape"(%1177) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1179 = "stablehlo.broadcast_in_dim"(%1178) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1180 = "stablehlo.multiply"(%1179, %722) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1181 = "stablehlo.multiply"(%1179, %722) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1182 = "stablehlo.add"(%1169, %1180) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1183 = "stablehlo.add"(%1182, %1181) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1184 = "stablehlo.reshape"(%1183) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1185 = "stablehlo.dot_general"(%1184, %arg77) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1186 = "stablehlo.dot_general"(%1184, %719) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1187 = "stablehlo.reshape"(%1185) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1188 = "stablehlo.reshape"(%1187) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1189 = "stablehlo.transpose"(%1188) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1190 = "stablehlo.dot_general"(%1189, %703) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1191 = "stablehlo.dot_general"(%1189, %715) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1192 = "stablehlo.transpose"(%1191) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1193 = "stablehlo.divide"(%1190, %714) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1194 = "stablehlo.multiply"(%1193, %715) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1195 = "stablehlo.negate"(%1194) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1196_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1196 = "stablehlo.reduce"(%1195, %n1196_init) ({
    ^bb0(%n1196_a: tensor<f32>, %n1196_b: tensor<f32>):
      %n1196_r = "stablehlo.add"(%n1196_a, %n1196_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1196_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1197 = "stablehlo.reshape"(%1196) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1198 = "stablehlo.reshape"(%1197) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1199 = "stablehlo.broadcast_in_dim"(%1198) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1200 = "stablehlo.add"(%1193, %1199) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1201 = "stablehlo.multiply"(%1200, %711) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1202 = "stablehlo.negate"(%1201) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1203_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1203 = "stablehlo.reduce"(%1202, %n1203_init) ({
    ^bb0(%n1203_a: tensor<f32>, %n1203_b: tensor<f32>):
      %n1203_r = "stablehlo.add"(%n1203_a, %n1203_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1203_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1204 = "stablehlo.reshape"(%1203) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1205 = "stablehlo.reshape"(%1204) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1206 = "stablehlo.broadcast_in_dim"(%707) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1207 = "stablehlo.compare"(%706, %1206) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1208 = "stablehlo.convert"(%1207) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1209_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1209 = "stablehlo.reduce"(%1208, %n1209_init) ({
    ^bb0(%n1209_a: tensor<f32>, %n1209_b: tensor<f32>):
      %n1209_r = "stablehlo.add"(%n1209_a, %n1209_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1209_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1210 = "stablehlo.divide"(%1205, %1209) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1211 = "stablehlo.broadcast_in_dim"(%1210) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1212 = "stablehlo.multiply"(%1211, %1208) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1213 = "stablehlo.add"(%1201, %1212) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1214 = "stablehlo.dot_general"(%1213, %699) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1215 = "stablehlo.transpose"(%1214) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1216 = "stablehlo.dot_general"(%1213, %695) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1217 = "stablehlo.transpose"(%1216) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1218 = "stablehlo.reshape"(%1192) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1219 = "stablehlo.reshape"(%1218) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1220 = "stablehlo.dot_general"(%1219, %arg76) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1221 = "stablehlo.dot_general"(%1219, %700) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1222 = "stablehlo.reshape"(%1220) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1223 = "stablehlo.add"(%1054, %1222) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1224 = "stablehlo.reshape"(%1217) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1225 = "stablehlo.reshape"(%1224) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1226 = "stablehlo.dot_general"(%1225, %arg75) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1227 = "stablehlo.dot_general"(%1225, %696) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1228 = "stablehlo.reshape"(%1226) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1229 = "stablehlo.add"(%1223, %1228) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1230 = "stablehlo.reshape"(%1215) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1231 = "stablehlo.reshape"(%1230) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1232 = "stablehlo.dot_general"(%1231, %arg74) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1233 = "stablehlo.dot_general"(%1231, %692) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1234 = "stablehlo.reshape"(%1232) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1235 = "stablehlo.multiply"(%1234, %686) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1236 = "stablehlo.multiply"(%1234, %685) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1237_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1237 = "stablehlo.reduce"(%1236, %n1237_init) ({
    ^bb0(%n1237_a: tensor<f32>, %n1237_b: tensor<f32>):
      %n1237_r = "stablehlo.add"(%n1237_a, %n1237_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1237_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1238 = "stablehlo.multiply"(%1235, %684) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1239 = "stablehlo.multiply"(%1235, %672) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1240 = "stablehlo.add"(%1183, %1238) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1241_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1241 = "stablehlo.reduce"(%1239, %n1241_init) ({
    ^bb0(%n1241_a: tensor<f32>, %n1241_b: tensor<f32>):
      %n1241_r = "stablehlo.add"(%n1241_a, %n1241_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1241_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1242 = "stablehlo.reshape"(%1241) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1243 = "stablehlo.divide"(%683, %682) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1244 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1245 = "stablehlo.broadcast_in_dim"(%1244) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1246 = "stablehlo.multiply"(%1243, %1245) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1247 = "stablehlo.multiply"(%1242, %1246) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1248 = "stablehlo.multiply"(%1247, %678) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1249 = "stablehlo.reshape"(%1248) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1250 = "stablehlo.broadcast_in_dim"(%1249) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1251 = "stablehlo.multiply"(%1250, %672) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1252 = "stablehlo.multiply"(%1250, %672) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1253 = "stablehlo.add"(%1240, %1251) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1254 = "stablehlo.add"(%1253, %1252) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1255 = "stablehlo.reshape"(%1254) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1256 = "stablehlo.dot_general"(%1255, %arg72) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1257 = "stablehlo.dot_general"(%1255, %669) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1258 = "stablehlo.reshape"(%1256) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1259 = "stablehlo.reshape"(%1258) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1260 = "stablehlo.transpose"(%1259) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1261 = "stablehlo.dot_general"(%1260, %653) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1262 = "stablehlo.dot_general"(%1260, %665) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1263 = "stablehlo.transpose"(%1262) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1264 = "stablehlo.divide"(%1261, %664) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1265 = "stablehlo.multiply"(%1264, %665) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1266 = "stablehlo.negate"(%1265) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1267_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1267 = "stablehlo.reduce"(%1266, %n1267_init) ({
    ^bb0(%n1267_a: tensor<f32>, %n1267_b: tensor<f32>):
      %n1267_r = "stablehlo.add"(%n1267_a, %n1267_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1267_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1268 = "stablehlo.reshape"(%1267) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1269 = "stablehlo.reshape"(%1268) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1270 = "stablehlo.broadcast_in_dim"(%1269) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1271 = "stablehlo.add"(%1264, %1270) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1272 = "stablehlo.multiply"(%1271, %661) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1273 = "stablehlo.negate"(%1272) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1274_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1274 = "stablehlo.reduce"(%1273, %n1274_init) ({
    ^bb0(%n1274_a: tensor<f32>, %n1274_b: tensor<f32>):
      %n1274_r = "stablehlo.add"(%n1274_a, %n1274_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1274_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1275 = "stablehlo.reshape"(%1274) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1276 = "stablehlo.reshape"(%1275) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1277 = "stablehlo.broadcast_in_dim"(%657) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1278 = "stablehlo.compare"(%656, %1277) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1279 = "stablehlo.convert"(%1278) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1280_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1280 = "stablehlo.reduce"(%1279, %n1280_init) ({
    ^bb0(%n1280_a: tensor<f32>, %n1280_b: tensor<f32>):
      %n1280_r = "stablehlo.add"(%n1280_a, %n1280_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1280_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1281 = "stablehlo.divide"(%1276, %1280) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1282 = "stablehlo.broadcast_in_dim"(%1281) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1283 = "stablehlo.multiply"(%1282, %1279) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1284 = "stablehlo.add"(%1272, %1283) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1285_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1285 = "stablehlo.reduce"(%1284, %n1285_init) ({
    ^bb0(%n1285_a: tensor<f32>, %n1285_b: tensor<f32>):
      %n1285_r = "stablehlo.add"(%n1285_a, %n1285_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1285_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1286 = "stablehlo.reshape"(%1285) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1287 = "stablehlo.add"(%1111, %1286) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1288 = "stablehlo.dot_general"(%1284, %649) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1289 = "stablehlo.transpose"(%1288) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1290 = "stablehlo.dot_general"(%1284, %645) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1291 = "stablehlo.transpose"(%1290) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1292 = "stablehlo.reshape"(%1263) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1293 = "stablehlo.reshape"(%1292) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1294 = "stablehlo.dot_general"(%1293, %arg71) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1295 = "stablehlo.dot_general"(%1293, %650) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1296 = "stablehlo.reshape"(%1294) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1297 = "stablehlo.reshape"(%1291) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1298 = "stablehlo.reshape"(%1297) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1299 = "stablehlo.dot_general"(%1298, %arg70) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1300 = "stablehlo.dot_general"(%1298, %646) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1301 = "stablehlo.reshape"(%1299) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1302 = "stablehlo.add"(%1296, %1301) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1303 = "stablehlo.reshape"(%1289) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1304 = "stablehlo.reshape"(%1303) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1305 = "stablehlo.dot_general"(%1304, %arg69) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1306 = "stablehlo.dot_general"(%1304, %642) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1307 = "stablehlo.reshape"(%1305) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1308 = "stablehlo.add"(%1302, %1307) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1309 = "stablehlo.multiply"(%1308, %636) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1310 = "stablehlo.multiply"(%1308, %635) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1311_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1311 = "stablehlo.reduce"(%1310, %n1311_init) ({
    ^bb0(%n1311_a: tensor<f32>, %n1311_b: tensor<f32>):
      %n1311_r = "stablehlo.add"(%n1311_a, %n1311_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1311_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1312 = "stablehlo.multiply"(%1309, %634) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1313 = "stablehlo.multiply"(%1309, %622) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1314 = "stablehlo.add"(%1254, %1312) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1315_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1315 = "stablehlo.reduce"(%1313, %n1315_init) ({
    ^bb0(%n1315_a: tensor<f32>, %n1315_b: tensor<f32>):
      %n1315_r = "stablehlo.add"(%n1315_a, %n1315_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1315_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1316 = "stablehlo.reshape"(%1315) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1317 = "stablehlo.divide"(%633, %632) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1318 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1319 = "stablehlo.broadcast_in_dim"(%1318) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1320 = "stablehlo.multiply"(%1317, %1319) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1321 = "stablehlo.multiply"(%1316, %1320) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1322 = "stablehlo.multiply"(%1321, %628) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1323 = "stablehlo.reshape"(%1322) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1324 = "stablehlo.broadcast_in_dim"(%1323) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1325 = "stablehlo.multiply"(%1324, %622) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1326 = "stablehlo.multiply"(%1324, %622) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1327 = "stablehlo.add"(%1314, %1325) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1328 = "stablehlo.add"(%1327, %1326) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1329 = "stablehlo.reshape"(%1328) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1330 = "stablehlo.dot_general"(%1329, %arg66) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x512xf32>) -> tensor<96x512xf32>
    %1331 = "stablehlo.dot_general"(%1329, %619) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x512xf32>) -> tensor<128x512xf32>
    %1332 = "stablehlo.reshape"(%1330) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %1333 = "stablehlo.compare"(%615, %617) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %1334 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %1335 = "stablehlo.select"(%1333, %1332, %1334) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %1336 = "stablehlo.reshape"(%1335) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %1337 = "stablehlo.dot_general"(%1336, %arg67) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<512x128xf32>) -> tensor<96x128xf32>
    %1338 = "stablehlo.dot_general"(%1336, %613) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<96x128xf32>) -> tensor<512x128xf32>
    %1339 = "stablehlo.reshape"(%1337) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1340 = "stablehlo.multiply"(%1339, %609) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1341 = "stablehlo.multiply"(%1339, %608) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1342_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1342 = "stablehlo.reduce"(%1341, %n1342_init) ({
    ^bb0(%n1342_a: tensor<f32>, %n1342_b: tensor<f32>):
      %n1342_r = "stablehlo.add"(%n1342_a, %n1342_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1342_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1343 = "stablehlo.multiply"(%1340, %607) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1344 = "stablehlo.multiply"(%1340, %595) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1345 = "stablehlo.add"(%1328, %1343) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1346_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1346 = "stablehlo.reduce"(%1344, %n1346_init) ({
    ^bb0(%n1346_a: tensor<f32>, %n1346_b: tensor<f32>):
      %n1346_r = "stablehlo.add"(%n1346_a, %n1346_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1346_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1347 = "stablehlo.reshape"(%1346) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1348 = "stablehlo.divide"(%606, %605) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1349 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1350 = "stablehlo.broadcast_in_dim"(%1349) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1351 = "stablehlo.multiply"(%1348, %1350) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1352 = "stablehlo.multiply"(%1347, %1351) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1353 = "stablehlo.multiply"(%1352, %601) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1354 = "stablehlo.reshape"(%1353) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1355 = "stablehlo.broadcast_in_dim"(%1354) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1356 = "stablehlo.multiply"(%1355, %595) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1357 = "stablehlo.multiply"(%1355, %595) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1358 = "stablehlo.add"(%1345, %1356) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1359 = "stablehlo.add"(%1358, %1357) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1360 = "stablehlo.reshape"(%1359) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1361 = "stablehlo.dot_general"(%1360, %arg64) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1362 = "stablehlo.dot_general"(%1360, %592) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1363 = "stablehlo.reshape"(%1361) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1364 = "stablehlo.reshape"(%1363) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1365 = "stablehlo.transpose"(%1364) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1366 = "stablehlo.dot_general"(%1365, %576) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1367 = "stablehlo.dot_general"(%1365, %588) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1368 = "stablehlo.transpose"(%1367) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1369 = "stablehlo.divide"(%1366, %587) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1370 = "stablehlo.multiply"(%1369, %588) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1371 = "stablehlo.negate"(%1370) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1372_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1372 = "stablehlo.reduce"(%1371, %n1372_init) ({
    ^bb0(%n1372_a: tensor<f32>, %n1372_b: tensor<f32>):
      %n1372_r = "stablehlo.add"(%n1372_a, %n1372_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1372_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1373 = "stablehlo.reshape"(%1372) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1374 = "stablehlo.reshape"(%1373) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1375 = "stablehlo.broadcast_in_dim"(%1374) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1376 = "stablehlo.add"(%1369, %1375) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1377 = "stablehlo.multiply"(%1376, %584) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1378 = "stablehlo.negate"(%1377) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1379_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1379 = "stablehlo.reduce"(%1378, %n1379_init) ({
    ^bb0(%n1379_a: tensor<f32>, %n1379_b: tensor<f32>):
      %n1379_r = "stablehlo.add"(%n1379_a, %n1379_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1379_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1380 = "stablehlo.reshape"(%1379) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1381 = "stablehlo.reshape"(%1380) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1382 = "stablehlo.broadcast_in_dim"(%580) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1383 = "stablehlo.compare"(%579, %1382) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1384 = "stablehlo.convert"(%1383) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1385_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1385 = "stablehlo.reduce"(%1384, %n1385_init) ({
    ^bb0(%n1385_a: tensor<f32>, %n1385_b: tensor<f32>):
      %n1385_r = "stablehlo.add"(%n1385_a, %n1385_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1385_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1386 = "stablehlo.divide"(%1381, %1385) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1387 = "stablehlo.broadcast_in_dim"(%1386) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1388 = "stablehlo.multiply"(%1387, %1384) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1389 = "stablehlo.add"(%1377, %1388) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1390 = "stablehlo.dot_general"(%1389, %572) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1391 = "stablehlo.transpose"(%1390) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1392 = "stablehlo.dot_general"(%1389, %568) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1393 = "stablehlo.transpose"(%1392) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1394 = "stablehlo.reshape"(%1368) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1395 = "stablehlo.reshape"(%1394) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1396 = "stablehlo.dot_general"(%1395, %arg63) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1397 = "stablehlo.dot_general"(%1395, %573) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1398 = "stablehlo.reshape"(%1396) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1399 = "stablehlo.add"(%1229, %1398) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1400 = "stablehlo.reshape"(%1393) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1401 = "stablehlo.reshape"(%1400) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1402 = "stablehlo.dot_general"(%1401, %arg62) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1403 = "stablehlo.dot_general"(%1401, %569) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1404 = "stablehlo.reshape"(%1402) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1405 = "stablehlo.add"(%1399, %1404) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1406 = "stablehlo.reshape"(%1391) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1407 = "stablehlo.reshape"(%1406) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1408 = "stablehlo.dot_general"(%1407, %arg61) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1409 = "stablehlo.dot_general"(%1407, %565) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1410 = "stablehlo.reshape"(%1408) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1411 = "stablehlo.multiply"(%1410, %559) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1412 = "stablehlo.multiply"(%1410, %558) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1413_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1413 = "stablehlo.reduce"(%1412, %n1413_init) ({
    ^bb0(%n1413_a: tensor<f32>, %n1413_b: tensor<f32>):
      %n1413_r = "stablehlo.add"(%n1413_a, %n1413_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1413_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1414 = "stablehlo.multiply"(%1411, %557) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1415 = "stablehlo.multiply"(%1411, %545) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1416 = "stablehlo.add"(%1359, %1414) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1417_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1417 = "stablehlo.reduce"(%1415, %n1417_init) ({
    ^bb0(%n1417_a: tensor<f32>, %n1417_b: tensor<f32>):
      %n1417_r = "stablehlo.add"(%n1417_a, %n1417_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1417_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1418 = "stablehlo.reshape"(%1417) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1419 = "stablehlo.divide"(%556, %555) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1420 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1421 = "stablehlo.broadcast_in_dim"(%1420) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1422 = "stablehlo.multiply"(%1419, %1421) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1423 = "stablehlo.multiply"(%1418, %1422) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1424 = "stablehlo.multiply"(%1423, %551) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1425 = "stablehlo.reshape"(%1424) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1426 = "stablehlo.broadcast_in_dim"(%1425) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1427 = "stablehlo.multiply"(%1426, %545) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1428 = "stablehlo.multiply"(%1426, %545) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1429 = "stablehlo.add"(%1416, %1427) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1430 = "stablehlo.add"(%1429, %1428) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1431 = "stablehlo.reshape"(%1430) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1432 = "stablehlo.dot_general"(%1431, %arg59) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1433 = "stablehlo.dot_general"(%1431, %542) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1434 = "stablehlo.reshape"(%1432) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1435 = "stablehlo.reshape"(%1434) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1436 = "stablehlo.transpose"(%1435) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1437 = "stablehlo.dot_general"(%1436, %526) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1438 = "stablehlo.dot_general"(%1436, %538) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1439 = "stablehlo.transpose"(%1438) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1440 = "stablehlo.divide"(%1437, %537) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1441 = "stablehlo.multiply"(%1440, %538) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1442 = "stablehlo.negate"(%1441) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1443_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1443 = "stablehlo.reduce"(%1442, %n1443_init) ({
    ^bb0(%n1443_a: tensor<f32>, %n1443_b: tensor<f32>):
      %n1443_r = "stablehlo.add"(%n1443_a, %n1443_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1443_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1444 = "stablehlo.reshape"(%1443) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1445 = "stablehlo.reshape"(%1444) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1446 = "stablehlo.broadcast_in_dim"(%1445) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1447 = "stablehlo.add"(%1440, %1446) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1448 = "stablehlo.multiply"(%1447, %534) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1449 = "stablehlo.negate"(%1448) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1450_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1450 = "stablehlo.reduce"(%1449, %n1450_init) ({
    ^bb0(%n1450_a: tensor<f32>, %n1450_b: tensor<f32>):
      %n1450_r = "stablehlo.add"(%n1450_a, %n1450_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1450_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1451 = "stablehlo.reshape"(%1450) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1452 = "stablehlo.reshape"(%1451) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1453 = "stablehlo.broadcast_in_dim"(%530) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1454 = "stablehlo.compare"(%529, %1453) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1455 = "stablehlo.convert"(%1454) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1456_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1456 = "stablehlo.reduce"(%1455, %n1456_init) ({
    ^bb0(%n1456_a: tensor<f32>, %n1456_b: tensor<f32>):
      %n1456_r = "stablehlo.add"(%n1456_a, %n1456_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1456_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1457 = "stablehlo.divide"(%1452, %1456) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1458 = "stablehlo.broadcast_in_dim"(%1457) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1459 = "stablehlo.multiply"(%1458, %1455) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1460 = "stablehlo.add"(%1448, %1459) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1461_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1461 = "stablehlo.reduce"(%1460, %n1461_init) ({
    ^bb0(%n1461_a: tensor<f32>, %n1461_b: tensor<f32>):
      %n1461_r = "stablehlo.add"(%n1461_a, %n1461_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1461_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1462 = "stablehlo.reshape"(%1461) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1463 = "stablehlo.add"(%1287, %1462) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1464 = "stablehlo.dot_general"(%1460, %522) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1465 = "stablehlo.transpose"(%1464) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1466 = "stablehlo.dot_general"(%1460, %518) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1467 = "stablehlo.transpose"(%1466) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1468 = "stablehlo.reshape"(%1439) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1469 = "stablehlo.reshape"(%1468) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1470 = "stablehlo.dot_general"(%1469, %arg58) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1471 = "stablehlo.dot_general"(%1469, %523) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1472 = "stablehlo.reshape"(%1470) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1473 = "stablehlo.reshape"(%1467) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1474 = "stablehlo.reshape"(%1473) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1475 = "stablehlo.dot_general"(%1474, %arg57) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1476 = "stablehlo.dot_general"(%1474, %519) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1477 = "stablehlo.reshape"(%1475) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1478 = "stablehlo.add"(%1472, %1477) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1479 = "stablehlo.reshape"(%1465) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1480 = "stablehlo.reshape"(%1479) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1481 = "stablehlo.dot_general"(%1480, %arg56) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1482 = "stablehlo.dot_general"(%1480, %515) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1483 = "stablehlo.reshape"(%1481) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1484 = "stablehlo.add"(%1478, %1483) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1485 = "stablehlo.multiply"(%1484, %509) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1486 = "stablehlo.multiply"(%1484, %508) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1487_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1487 = "stablehlo.reduce"(%1486, %n1487_init) ({
    ^bb0(%n1487_a: tensor<f32>, %n1487_b: tensor<f32>):
      %n1487_r = "stablehlo.add"(%n1487_a, %n1487_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1487_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1488 = "stablehlo.multiply"(%1485, %507) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1489 = "stablehlo.multiply"(%1485, %495) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1490 = "stablehlo.add"(%1430, %1488) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1491_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1491 = "stablehlo.reduce"(%1489, %n1491_init) ({
    ^bb0(%n1491_a: tensor<f32>, %n1491_b: tensor<f32>):
      %n1491_r = "stablehlo.add"(%n1491_a, %n1491_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1491_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1492 = "stablehlo.reshape"(%1491) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1493 = "stablehlo.divide"(%506, %505) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1494 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1495 = "stablehlo.broadcast_in_dim"(%1494) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1496 = "stablehlo.multiply"(%1493, %1495) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1497 = "stablehlo.multiply"(%1492, %1496) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1498 = "stablehlo.multiply"(%1497, %501) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1499 = "stablehlo.reshape"(%1498) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1500 = "stablehlo.broadcast_in_dim"(%1499) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1501 = "stablehlo.multiply"(%1500, %495) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1502 = "stablehlo.multiply"(%1500, %495) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1503 = "stablehlo.add"(%1490, %1501) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1504 = "stablehlo.add"(%1503, %1502) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1505 = "stablehlo.reshape"(%1504) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1506 = "stablehlo.dot_general"(%1505, %arg53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x512xf32>) -> tensor<96x512xf32>
    %1507 = "stablehlo.dot_general"(%1505, %492) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x512xf32>) -> tensor<128x512xf32>
    %1508 = "stablehlo.reshape"(%1506) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %1509 = "stablehlo.compare"(%488, %490) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %1510 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %1511 = "stablehlo.select"(%1509, %1508, %1510) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %1512 = "stablehlo.reshape"(%1511) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %1513 = "stablehlo.dot_general"(%1512, %arg54) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<512x128xf32>) -> tensor<96x128xf32>
    %1514 = "stablehlo.dot_general"(%1512, %486) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<96x128xf32>) -> tensor<512x128xf32>
    %1515 = "stablehlo.reshape"(%1513) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1516 = "stablehlo.multiply"(%1515, %482) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1517 = "stablehlo.multiply"(%1515, %481) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1518_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1518 = "stablehlo.reduce"(%1517, %n1518_init) ({
    ^bb0(%n1518_a: tensor<f32>, %n1518_b: tensor<f32>):
      %n1518_r = "stablehlo.add"(%n1518_a, %n1518_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1518_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1519 = "stablehlo.multiply"(%1516, %480) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1520 = "stablehlo.multiply"(%1516, %468) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1521 = "stablehlo.add"(%1504, %1519) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1522_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1522 = "stablehlo.reduce"(%1520, %n1522_init) ({
    ^bb0(%n1522_a: tensor<f32>, %n1522_b: tensor<f32>):
      %n1522_r = "stablehlo.add"(%n1522_a, %n1522_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1522_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1523 = "stablehlo.reshape"(%1522) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1524 = "stablehlo.divide"(%479, %478) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1525 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1526 = "stablehlo.broadcast_in_dim"(%1525) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1527 = "stablehlo.multiply"(%1524, %1526) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1528 = "stablehlo.multiply"(%1523, %1527) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1529 = "stablehlo.multiply"(%1528, %474) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1530 = "stablehlo.reshape"(%1529) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1531 = "stablehlo.broadcast_in_dim"(%1530) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1532 = "stablehlo.multiply"(%1531, %468) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1533 = "stablehlo.multiply"(%1531, %468) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1534 = "stablehlo.add"(%1521, %1532) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1535 = "stablehlo.add"(%1534, %1533) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1536 = "stablehlo.reshape"(%1535) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1537 = "stablehlo.dot_general"(%1536, %arg51) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1538 = "stablehlo.dot_general"(%1536, %465) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1539 = "stablehlo.reshape"(%1537) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1540 = "stablehlo.reshape"(%1539) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1541 = "stablehlo.transpose"(%1540) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1542 = "stablehlo.dot_general"(%1541, %449) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1543 = "stablehlo.dot_general"(%1541, %461) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1544 = "stablehlo.transpose"(%1543) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1545 = "stablehlo.divide"(%1542, %460) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1546 = "stablehlo.multiply"(%1545, %461) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1547 = "stablehlo.negate"(%1546) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1548_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1548 = "stablehlo.reduce"(%1547, %n1548_init) ({
    ^bb0(%n1548_a: tensor<f32>, %n1548_b: tensor<f32>):
      %n1548_r = "stablehlo.add"(%n1548_a, %n1548_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1548_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1549 = "stablehlo.reshape"(%1548) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1550 = "stablehlo.reshape"(%1549) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1551 = "stablehlo.broadcast_in_dim"(%1550) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1552 = "stablehlo.add"(%1545, %1551) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1553 = "stablehlo.multiply"(%1552, %457) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1554 = "stablehlo.negate"(%1553) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1555_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1555 = "stablehlo.reduce"(%1554, %n1555_init) ({
    ^bb0(%n1555_a: tensor<f32>, %n1555_b: tensor<f32>):
      %n1555_r = "stablehlo.add"(%n1555_a, %n1555_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1555_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1556 = "stablehlo.reshape"(%1555) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1557 = "stablehlo.reshape"(%1556) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1558 = "stablehlo.broadcast_in_dim"(%453) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1559 = "stablehlo.compare"(%452, %1558) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1560 = "stablehlo.convert"(%1559) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1561_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1561 = "stablehlo.reduce"(%1560, %n1561_init) ({
    ^bb0(%n1561_a: tensor<f32>, %n1561_b: tensor<f32>):
      %n1561_r = "stablehlo.add"(%n1561_a, %n1561_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1561_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1562 = "stablehlo.divide"(%1557, %1561) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1563 = "stablehlo.broadcast_in_dim"(%1562) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1564 = "stablehlo.multiply"(%1563, %1560) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1565 = "stablehlo.add"(%1553, %1564) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1566 = "stablehlo.dot_general"(%1565, %445) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1567 = "stablehlo.transpose"(%1566) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1568 = "stablehlo.dot_general"(%1565, %441) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1569 = "stablehlo.transpose"(%1568) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1570 = "stablehlo.reshape"(%1544) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1571 = "stablehlo.reshape"(%1570) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1572 = "stablehlo.dot_general"(%1571, %arg50) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1573 = "stablehlo.dot_general"(%1571, %446) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1574 = "stablehlo.reshape"(%1572) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1575 = "stablehlo.add"(%1405, %1574) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1576 = "stablehlo.reshape"(%1569) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1577 = "stablehlo.reshape"(%1576) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1578 = "stablehlo.dot_general"(%1577, %arg49) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1579 = "stablehlo.dot_general"(%1577, %442) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1580 = "stablehlo.reshape"(%1578) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1581 = "stablehlo.add"(%1575, %1580) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1582 = "stablehlo.reshape"(%1567) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1583 = "stablehlo.reshape"(%1582) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1584 = "stablehlo.dot_general"(%1583, %arg48) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1585 = "stablehlo.dot_general"(%1583, %438) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1586 = "stablehlo.reshape"(%1584) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1587 = "stablehlo.multiply"(%1586, %432) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1588 = "stablehlo.multiply"(%1586, %431) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1589_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1589 = "stablehlo.reduce"(%1588, %n1589_init) ({
    ^bb0(%n1589_a: tensor<f32>, %n1589_b: tensor<f32>):
      %n1589_r = "stablehlo.add"(%n1589_a, %n1589_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1589_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1590 = "stablehlo.multiply"(%1587, %430) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1591 = "stablehlo.multiply"(%1587, %418) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1592 = "stablehlo.add"(%1535, %1590) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1593_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1593 = "stablehlo.reduce"(%1591, %n1593_init) ({
    ^bb0(%n1593_a: tensor<f32>, %n1593_b: tensor<f32>):
      %n1593_r = "stablehlo.add"(%n1593_a, %n1593_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1593_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1594 = "stablehlo.reshape"(%1593) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1595 = "stablehlo.divide"(%429, %428) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1596 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1597 = "stablehlo.broadcast_in_dim"(%1596) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1598 = "stablehlo.multiply"(%1595, %1597) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1599 = "stablehlo.multiply"(%1594, %1598) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1600 = "stablehlo.multiply"(%1599, %424) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1601 = "stablehlo.reshape"(%1600) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1602 = "stablehlo.broadcast_in_dim"(%1601) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1603 = "stablehlo.multiply"(%1602, %418) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1604 = "stablehlo.multiply"(%1602, %418) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1605 = "stablehlo.add"(%1592, %1603) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1606 = "stablehlo.add"(%1605, %1604) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1607 = "stablehlo.reshape"(%1606) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1608 = "stablehlo.dot_general"(%1607, %arg46) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1609 = "stablehlo.dot_general"(%1607, %415) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1610 = "stablehlo.reshape"(%1608) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1611 = "stablehlo.reshape"(%1610) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1612 = "stablehlo.transpose"(%1611) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1613 = "stablehlo.dot_general"(%1612, %399) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1614 = "stablehlo.dot_general"(%1612, %411) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1615 = "stablehlo.transpose"(%1614) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1616 = "stablehlo.divide"(%1613, %410) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1617 = "stablehlo.multiply"(%1616, %411) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1618 = "stablehlo.negate"(%1617) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1619_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1619 = "stablehlo.reduce"(%1618, %n1619_init) ({
    ^bb0(%n1619_a: tensor<f32>, %n1619_b: tensor<f32>):
      %n1619_r = "stablehlo.add"(%n1619_a, %n1619_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1619_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1620 = "stablehlo.reshape"(%1619) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1621 = "stablehlo.reshape"(%1620) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1622 = "stablehlo.broadcast_in_dim"(%1621) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1623 = "stablehlo.add"(%1616, %1622) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1624 = "stablehlo.multiply"(%1623, %407) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1625 = "stablehlo.negate"(%1624) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1626_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1626 = "stablehlo.reduce"(%1625, %n1626_init) ({
    ^bb0(%n1626_a: tensor<f32>, %n1626_b: tensor<f32>):
      %n1626_r = "stablehlo.add"(%n1626_a, %n1626_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1626_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1627 = "stablehlo.reshape"(%1626) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1628 = "stablehlo.reshape"(%1627) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1629 = "stablehlo.broadcast_in_dim"(%403) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1630 = "stablehlo.compare"(%402, %1629) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1631 = "stablehlo.convert"(%1630) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1632_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1632 = "stablehlo.reduce"(%1631, %n1632_init) ({
    ^bb0(%n1632_a: tensor<f32>, %n1632_b: tensor<f32>):
      %n1632_r = "stablehlo.add"(%n1632_a, %n1632_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1632_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1633 = "stablehlo.divide"(%1628, %1632) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1634 = "stablehlo.broadcast_in_dim"(%1633) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1635 = "stablehlo.multiply"(%1634, %1631) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1636 = "stablehlo.add"(%1624, %1635) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1637_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1637 = "stablehlo.reduce"(%1636, %n1637_init) ({
    ^bb0(%n1637_a: tensor<f32>, %n1637_b: tensor<f32>):
      %n1637_r = "stablehlo.add"(%n1637_a, %n1637_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1637_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1638 = "stablehlo.reshape"(%1637) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1639 = "stablehlo.add"(%1463, %1638) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1640 = "stablehlo.dot_general"(%1636, %395) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1641 = "stablehlo.transpose"(%1640) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1642 = "stablehlo.dot_general"(%1636, %391) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1643 = "stablehlo.transpose"(%1642) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1644 = "stablehlo.reshape"(%1615) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1645 = "stablehlo.reshape"(%1644) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1646 = "stablehlo.dot_general"(%1645, %arg45) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1647 = "stablehlo.dot_general"(%1645, %396) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1648 = "stablehlo.reshape"(%1646) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1649 = "stablehlo.reshape"(%1643) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1650 = "stablehlo.reshape"(%1649) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1651 = "stablehlo.dot_general"(%1650, %arg44) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1652 = "stablehlo.dot_general"(%1650, %392) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1653 = "stablehlo.reshape"(%1651) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1654 = "stablehlo.add"(%1648, %1653) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1655 = "stablehlo.reshape"(%1641) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1656 = "stablehlo.reshape"(%1655) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1657 = "stablehlo.dot_general"(%1656, %arg43) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1658 = "stablehlo.dot_general"(%1656, %388) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1659 = "stablehlo.reshape"(%1657) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1660 = "stablehlo.add"(%1654, %1659) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1661 = "stablehlo.multiply"(%1660, %382) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1662 = "stablehlo.multiply"(%1660, %381) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1663_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1663 = "stablehlo.reduce"(%1662, %n1663_init) ({
    ^bb0(%n1663_a: tensor<f32>, %n1663_b: tensor<f32>):
      %n1663_r = "stablehlo.add"(%n1663_a, %n1663_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1663_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1664 = "stablehlo.multiply"(%1661, %380) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1665 = "stablehlo.multiply"(%1661, %351) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1666 = "stablehlo.add"(%1606, %1664) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1667_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1667 = "stablehlo.reduce"(%1665, %n1667_init) ({
    ^bb0(%n1667_a: tensor<f32>, %n1667_b: tensor<f32>):
      %n1667_r = "stablehlo.add"(%n1667_a, %n1667_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1667_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1668 = "stablehlo.reshape"(%1667) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1669 = "stablehlo.divide"(%379, %378) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1670 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1671 = "stablehlo.broadcast_in_dim"(%1670) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1672 = "stablehlo.multiply"(%1669, %1671) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1673 = "stablehlo.multiply"(%1668, %1672) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1674 = "stablehlo.multiply"(%1673, %374) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1675 = "stablehlo.reshape"(%1674) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1676 = "stablehlo.broadcast_in_dim"(%1675) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1677 = "stablehlo.multiply"(%1676, %351) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1678 = "stablehlo.multiply"(%1676, %351) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1679 = "stablehlo.add"(%1666, %1677) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1680 = "stablehlo.add"(%1679, %1678) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1681 = "stablehlo.reshape"(%1639) : (tensor<1x4x3x3xf32>) -> tensor<4x3x3xf32>
    %1682 = "stablehlo.transpose"(%1681) {permutation = array<i64: 1, 2, 0>} : (tensor<4x3x3xf32>) -> tensor<3x3x4xf32>
    %1683 = stablehlo.constant dense<0x00000000> : tensor<32x4xf32>
    %1684 = "stablehlo.scatter"(%1683, %353, %1682) ({
    ^bb0(%n1684_a: tensor<f32>, %n1684_b: tensor<f32>):
      %n1684_r = "stablehlo.add"(%n1684_a, %n1684_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1684_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32x4xf32>, tensor<3x3xi32>, tensor<3x3x4xf32>) -> tensor<32x4xf32>
    %1685 = stablehlo.constant dense<0x00000000> : tensor<32128x128xf32>
    %1686 = "stablehlo.scatter"(%1685, %arg2, %1680) ({
    ^bb0(%n1686_a: tensor<f32>, %n1686_b: tensor<f32>):
      %n1686_r = "stablehlo.add"(%n1686_a, %n1686_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1686_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32128x128xf32>, tensor<32x3xi32>, tensor<32x3x128xf32>) -> tensor<32128x128xf32>
    %1687 = "stablehlo.add"(%957, %1686) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %1688 = "stablehlo.multiply"(%1581, %349) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1689 = "stablehlo.multiply"(%1581, %348) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1690_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1690 = "stablehlo.reduce"(%1689, %n1690_init) ({
    ^bb0(%n1690_a: tensor<f32>, %n1690_b: tensor<f32>):
      %n1690_r = "stablehlo.add"(%n1690_a, %n1690_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1690_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1691 = "stablehlo.multiply"(%1688, %347) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1692 = "stablehlo.multiply"(%1688, %335) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1693_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1693 = "stablehlo.reduce"(%1692, %n1693_init) ({
    ^bb0(%n1693_a: tensor<f32>, %n1693_b: tensor<f32>):
      %n1693_r = "stablehlo.add"(%n1693_a, %n1693_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1693_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1694 = "stablehlo.reshape"(%1693) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1695 = "stablehlo.divide"(%346, %345) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1696 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1697 = "stablehlo.broadcast_in_dim"(%1696) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1698 = "stablehlo.multiply"(%1695, %1697) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1699 = "stablehlo.multiply"(%1694, %1698) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1700 = "stablehlo.multiply"(%1699, %341) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1701 = "stablehlo.reshape"(%1700) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1702 = "stablehlo.broadcast_in_dim"(%1701) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1703 = "stablehlo.multiply"(%1702, %335) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1704 = "stablehlo.multiply"(%1702, %335) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1705 = "stablehlo.add"(%1691, %1703) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1706 = "stablehlo.add"(%1705, %1704) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1707 = "stablehlo.reshape"(%1706) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1708 = "stablehlo.dot_general"(%1707, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x512xf32>) -> tensor<1536x512xf32>
    %1709 = "stablehlo.dot_general"(%1707, %332) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x512xf32>) -> tensor<128x512xf32>
    %1710 = "stablehlo.reshape"(%1708) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %1711 = "stablehlo.compare"(%328, %330) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %1712 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %1713 = "stablehlo.select"(%1711, %1710, %1712) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %1714 = "stablehlo.reshape"(%1713) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %1715 = "stablehlo.dot_general"(%1714, %arg39) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<512x128xf32>) -> tensor<1536x128xf32>
    %1716 = "stablehlo.dot_general"(%1714, %326) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<1536x128xf32>) -> tensor<512x128xf32>
    %1717 = "stablehlo.reshape"(%1715) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1718 = "stablehlo.multiply"(%1717, %322) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1719 = "stablehlo.multiply"(%1717, %321) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1720_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1720 = "stablehlo.reduce"(%1719, %n1720_init) ({
    ^bb0(%n1720_a: tensor<f32>, %n1720_b: tensor<f32>):
      %n1720_r = "stablehlo.add"(%n1720_a, %n1720_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1720_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1721 = "stablehlo.multiply"(%1718, %320) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1722 = "stablehlo.multiply"(%1718, %308) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1723 = "stablehlo.add"(%1706, %1721) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1724_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1724 = "stablehlo.reduce"(%1722, %n1724_init) ({
    ^bb0(%n1724_a: tensor<f32>, %n1724_b: tensor<f32>):
      %n1724_r = "stablehlo.add"(%n1724_a, %n1724_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1724_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1725 = "stablehlo.reshape"(%1724) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1726 = "stablehlo.divide"(%319, %318) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1727 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1728 = "stablehlo.broadcast_in_dim"(%1727) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1729 = "stablehlo.multiply"(%1726, %1728) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1730 = "stablehlo.multiply"(%1725, %1729) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1731 = "stablehlo.multiply"(%1730, %314) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1732 = "stablehlo.reshape"(%1731) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1733 = "stablehlo.broadcast_in_dim"(%1732) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1734 = "stablehlo.multiply"(%1733, %308) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1735 = "stablehlo.multiply"(%1733, %308) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1736 = "stablehlo.add"(%1723, %1734) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1737 = "stablehlo.add"(%1736, %1735) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1738 = "stablehlo.reshape"(%1737) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1739 = "stablehlo.dot_general"(%1738, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1740 = "stablehlo.dot_general"(%1738, %305) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1741 = "stablehlo.reshape"(%1739) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1742 = "stablehlo.reshape"(%1741) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %1743 = "stablehlo.transpose"(%1742) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1744 = "stablehlo.dot_general"(%1743, %290) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %1745 = "stablehlo.dot_general"(%1743, %301) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %1746 = "stablehlo.transpose"(%1745) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1747 = "stablehlo.divide"(%1744, %300) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1748 = "stablehlo.multiply"(%1747, %301) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1749 = "stablehlo.negate"(%1748) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1750_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1750 = "stablehlo.reduce"(%1749, %n1750_init) ({
    ^bb0(%n1750_a: tensor<f32>, %n1750_b: tensor<f32>):
      %n1750_r = "stablehlo.add"(%n1750_a, %n1750_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1750_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1751 = "stablehlo.reshape"(%1750) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1752 = "stablehlo.reshape"(%1751) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1753 = "stablehlo.broadcast_in_dim"(%1752) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1754 = "stablehlo.add"(%1747, %1753) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1755 = "stablehlo.multiply"(%1754, %297) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1756 = "stablehlo.negate"(%1755) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1757_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1757 = "stablehlo.reduce"(%1756, %n1757_init) ({
    ^bb0(%n1757_a: tensor<f32>, %n1757_b: tensor<f32>):
      %n1757_r = "stablehlo.add"(%n1757_a, %n1757_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1757_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1758 = "stablehlo.reshape"(%1757) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1759 = "stablehlo.reshape"(%1758) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1760 = "stablehlo.broadcast_in_dim"(%293) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1761 = "stablehlo.compare"(%292, %1760) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %1762 = "stablehlo.convert"(%1761) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n1763_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1763 = "stablehlo.reduce"(%1762, %n1763_init) ({
    ^bb0(%n1763_a: tensor<f32>, %n1763_b: tensor<f32>):
      %n1763_r = "stablehlo.add"(%n1763_a, %n1763_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1763_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1764 = "stablehlo.divide"(%1759, %1763) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %1765 = "stablehlo.broadcast_in_dim"(%1764) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1766 = "stablehlo.multiply"(%1765, %1762) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1767 = "stablehlo.add"(%1755, %1766) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1768 = "stablehlo.dot_general"(%1767, %286) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1769 = "stablehlo.transpose"(%1768) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1770 = "stablehlo.dot_general"(%1767, %282) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1771 = "stablehlo.transpose"(%1770) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1772 = "stablehlo.reshape"(%1746) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1773 = "stablehlo.reshape"(%1772) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1774 = "stablehlo.dot_general"(%1773, %arg35) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1775 = "stablehlo.dot_general"(%1773, %287) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1776 = "stablehlo.reshape"(%1774) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1777 = "stablehlo.reshape"(%1771) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1778 = "stablehlo.reshape"(%1777) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1779 = "stablehlo.dot_general"(%1778, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1780 = "stablehlo.dot_general"(%1778, %283) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1781 = "stablehlo.reshape"(%1779) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1782 = "stablehlo.add"(%1776, %1781) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1783 = "stablehlo.reshape"(%1769) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1784 = "stablehlo.reshape"(%1783) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1785 = "stablehlo.dot_general"(%1784, %arg33) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1786 = "stablehlo.dot_general"(%1784, %279) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1787 = "stablehlo.reshape"(%1785) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1788 = "stablehlo.add"(%1782, %1787) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1789 = "stablehlo.multiply"(%1788, %273) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1790 = "stablehlo.multiply"(%1788, %272) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1791_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1791 = "stablehlo.reduce"(%1790, %n1791_init) ({
    ^bb0(%n1791_a: tensor<f32>, %n1791_b: tensor<f32>):
      %n1791_r = "stablehlo.add"(%n1791_a, %n1791_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1791_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1792 = "stablehlo.multiply"(%1789, %271) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1793 = "stablehlo.multiply"(%1789, %259) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1794 = "stablehlo.add"(%1737, %1792) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1795_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1795 = "stablehlo.reduce"(%1793, %n1795_init) ({
    ^bb0(%n1795_a: tensor<f32>, %n1795_b: tensor<f32>):
      %n1795_r = "stablehlo.add"(%n1795_a, %n1795_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1795_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1796 = "stablehlo.reshape"(%1795) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1797 = "stablehlo.divide"(%270, %269) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1798 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1799 = "stablehlo.broadcast_in_dim"(%1798) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1800 = "stablehlo.multiply"(%1797, %1799) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1801 = "stablehlo.multiply"(%1796, %1800) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1802 = "stablehlo.multiply"(%1801, %265) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1803 = "stablehlo.reshape"(%1802) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1804 = "stablehlo.broadcast_in_dim"(%1803) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1805 = "stablehlo.multiply"(%1804, %259) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1806 = "stablehlo.multiply"(%1804, %259) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1807 = "stablehlo.add"(%1794, %1805) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1808 = "stablehlo.add"(%1807, %1806) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1809 = "stablehlo.reshape"(%1808) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1810 = "stablehlo.dot_general"(%1809, %arg30) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x512xf32>) -> tensor<1536x512xf32>
    %1811 = "stablehlo.dot_general"(%1809, %256) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x512xf32>) -> tensor<128x512xf32>
    %1812 = "stablehlo.reshape"(%1810) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %1813 = "stablehlo.compare"(%252, %254) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %1814 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %1815 = "stablehlo.select"(%1813, %1812, %1814) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %1816 = "stablehlo.reshape"(%1815) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %1817 = "stablehlo.dot_general"(%1816, %arg31) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<512x128xf32>) -> tensor<1536x128xf32>
    %1818 = "stablehlo.dot_general"(%1816, %250) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<1536x128xf32>) -> tensor<512x128xf32>
    %1819 = "stablehlo.reshape"(%1817) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1820 = "stablehlo.multiply"(%1819, %246) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1821 = "stablehlo.multiply"(%1819, %245) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1822_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1822 = "stablehlo.reduce"(%1821, %n1822_init) ({
    ^bb0(%n1822_a: tensor<f32>, %n1822_b: tensor<f32>):
      %n1822_r = "stablehlo.add"(%n1822_a, %n1822_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1822_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1823 = "stablehlo.multiply"(%1820, %244) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1824 = "stablehlo.multiply"(%1820, %232) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1825 = "stablehlo.add"(%1808, %1823) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1826_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1826 = "stablehlo.reduce"(%1824, %n1826_init) ({
    ^bb0(%n1826_a: tensor<f32>, %n1826_b: tensor<f32>):
      %n1826_r = "stablehlo.add"(%n1826_a, %n1826_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1826_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1827 = "stablehlo.reshape"(%1826) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1828 = "stablehlo.divide"(%243, %242) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1829 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1830 = "stablehlo.broadcast_in_dim"(%1829) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1831 = "stablehlo.multiply"(%1828, %1830) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1832 = "stablehlo.multiply"(%1827, %1831) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1833 = "stablehlo.multiply"(%1832, %238) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1834 = "stablehlo.reshape"(%1833) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1835 = "stablehlo.broadcast_in_dim"(%1834) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1836 = "stablehlo.multiply"(%1835, %232) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1837 = "stablehlo.multiply"(%1835, %232) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1838 = "stablehlo.add"(%1825, %1836) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1839 = "stablehlo.add"(%1838, %1837) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1840 = "stablehlo.reshape"(%1839) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1841 = "stablehlo.dot_general"(%1840, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1842 = "stablehlo.dot_general"(%1840, %229) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1843 = "stablehlo.reshape"(%1841) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1844 = "stablehlo.reshape"(%1843) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %1845 = "stablehlo.transpose"(%1844) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1846 = "stablehlo.dot_general"(%1845, %214) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %1847 = "stablehlo.dot_general"(%1845, %225) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %1848 = "stablehlo.transpose"(%1847) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1849 = "stablehlo.divide"(%1846, %224) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1850 = "stablehlo.multiply"(%1849, %225) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1851 = "stablehlo.negate"(%1850) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1852_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1852 = "stablehlo.reduce"(%1851, %n1852_init) ({
    ^bb0(%n1852_a: tensor<f32>, %n1852_b: tensor<f32>):
      %n1852_r = "stablehlo.add"(%n1852_a, %n1852_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1852_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1853 = "stablehlo.reshape"(%1852) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1854 = "stablehlo.reshape"(%1853) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1855 = "stablehlo.broadcast_in_dim"(%1854) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1856 = "stablehlo.add"(%1849, %1855) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1857 = "stablehlo.multiply"(%1856, %221) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1858 = "stablehlo.negate"(%1857) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1859_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1859 = "stablehlo.reduce"(%1858, %n1859_init) ({
    ^bb0(%n1859_a: tensor<f32>, %n1859_b: tensor<f32>):
      %n1859_r = "stablehlo.add"(%n1859_a, %n1859_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1859_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1860 = "stablehlo.reshape"(%1859) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1861 = "stablehlo.reshape"(%1860) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1862 = "stablehlo.broadcast_in_dim"(%217) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1863 = "stablehlo.compare"(%216, %1862) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %1864 = "stablehlo.convert"(%1863) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n1865_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1865 = "stablehlo.reduce"(%1864, %n1865_init) ({
    ^bb0(%n1865_a: tensor<f32>, %n1865_b: tensor<f32>):
      %n1865_r = "stablehlo.add"(%n1865_a, %n1865_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1865_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1866 = "stablehlo.divide"(%1861, %1865) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %1867 = "stablehlo.broadcast_in_dim"(%1866) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1868 = "stablehlo.multiply"(%1867, %1864) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1869 = "stablehlo.add"(%1857, %1868) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1870 = "stablehlo.add"(%1767, %1869) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1871 = "stablehlo.dot_general"(%1869, %210) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1872 = "stablehlo.transpose"(%1871) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1873 = "stablehlo.dot_general"(%1869, %206) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1874 = "stablehlo.transpose"(%1873) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1875 = "stablehlo.reshape"(%1848) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1876 = "stablehlo.reshape"(%1875) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1877 = "stablehlo.dot_general"(%1876, %arg27) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1878 = "stablehlo.dot_general"(%1876, %211) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1879 = "stablehlo.reshape"(%1877) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1880 = "stablehlo.reshape"(%1874) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1881 = "stablehlo.reshape"(%1880) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1882 = "stablehlo.dot_general"(%1881, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1883 = "stablehlo.dot_general"(%1881, %207) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1884 = "stablehlo.reshape"(%1882) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1885 = "stablehlo.add"(%1879, %1884) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1886 = "stablehlo.reshape"(%1872) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1887 = "stablehlo.reshape"(%1886) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1888 = "stablehlo.dot_general"(%1887, %arg25) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1889 = "stablehlo.dot_general"(%1887, %203) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1890 = "stablehlo.reshape"(%1888) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1891 = "stablehlo.add"(%1885, %1890) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1892 = "stablehlo.multiply"(%1891, %197) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1893 = "stablehlo.multiply"(%1891, %196) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1894_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1894 = "stablehlo.reduce"(%1893, %n1894_init) ({
    ^bb0(%n1894_a: tensor<f32>, %n1894_b: tensor<f32>):
      %n1894_r = "stablehlo.add"(%n1894_a, %n1894_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1894_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1895 = "stablehlo.multiply"(%1892, %195) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1896 = "stablehlo.multiply"(%1892, %183) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1897 = "stablehlo.add"(%1839, %1895) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1898_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1898 = "stablehlo.reduce"(%1896, %n1898_init) ({
    ^bb0(%n1898_a: tensor<f32>, %n1898_b: tensor<f32>):
      %n1898_r = "stablehlo.add"(%n1898_a, %n1898_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1898_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1899 = "stablehlo.reshape"(%1898) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1900 = "stablehlo.divide"(%194, %193) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1901 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1902 = "stablehlo.broadcast_in_dim"(%1901) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1903 = "stablehlo.multiply"(%1900, %1902) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1904 = "stablehlo.multiply"(%1899, %1903) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1905 = "stablehlo.multiply"(%1904, %189) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1906 = "stablehlo.reshape"(%1905) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1907 = "stablehlo.broadcast_in_dim"(%1906) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1908 = "stablehlo.multiply"(%1907, %183) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1909 = "stablehlo.multiply"(%1907, %183) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1910 = "stablehlo.add"(%1897, %1908) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1911 = "stablehlo.add"(%1910, %1909) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1912 = "stablehlo.reshape"(%1911) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1913 = "stablehlo.dot_general"(%1912, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x512xf32>) -> tensor<1536x512xf32>
    %1914 = "stablehlo.dot_general"(%1912, %180) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x512xf32>) -> tensor<128x512xf32>
    %1915 = "stablehlo.reshape"(%1913) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %1916 = "stablehlo.compare"(%176, %178) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %1917 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %1918 = "stablehlo.select"(%1916, %1915, %1917) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %1919 = "stablehlo.reshape"(%1918) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %1920 = "stablehlo.dot_general"(%1919, %arg23) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<512x128xf32>) -> tensor<1536x128xf32>
    %1921 = "stablehlo.dot_general"(%1919, %174) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<1536x128xf32>) -> tensor<512x128xf32>
    %1922 = "stablehlo.reshape"(%1920) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1923 = "stablehlo.multiply"(%1922, %170) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1924 = "stablehlo.multiply"(%1922, %169) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1925_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1925 = "stablehlo.reduce"(%1924, %n1925_init) ({
    ^bb0(%n1925_a: tensor<f32>, %n1925_b: tensor<f32>):
      %n1925_r = "stablehlo.add"(%n1925_a, %n1925_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1925_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1926 = "stablehlo.multiply"(%1923, %168) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1927 = "stablehlo.multiply"(%1923, %156) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1928 = "stablehlo.add"(%1911, %1926) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1929_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1929 = "stablehlo.reduce"(%1927, %n1929_init) ({
    ^bb0(%n1929_a: tensor<f32>, %n1929_b: tensor<f32>):
      %n1929_r = "stablehlo.add"(%n1929_a, %n1929_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1929_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1930 = "stablehlo.reshape"(%1929) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1931 = "stablehlo.divide"(%167, %166) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1932 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1933 = "stablehlo.broadcast_in_dim"(%1932) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1934 = "stablehlo.multiply"(%1931, %1933) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1935 = "stablehlo.multiply"(%1930, %1934) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1936 = "stablehlo.multiply"(%1935, %162) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1937 = "stablehlo.reshape"(%1936) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1938 = "stablehlo.broadcast_in_dim"(%1937) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1939 = "stablehlo.multiply"(%1938, %156) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1940 = "stablehlo.multiply"(%1938, %156) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1941 = "stablehlo.add"(%1928, %1939) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1942 = "stablehlo.add"(%1941, %1940) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1943 = "stablehlo.reshape"(%1942) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1944 = "stablehlo.dot_general"(%1943, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1945 = "stablehlo.dot_general"(%1943, %153) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1946 = "stablehlo.reshape"(%1944) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1947 = "stablehlo.reshape"(%1946) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %1948 = "stablehlo.transpose"(%1947) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1949 = "stablehlo.dot_general"(%1948, %138) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %1950 = "stablehlo.dot_general"(%1948, %149) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %1951 = "stablehlo.transpose"(%1950) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1952 = "stablehlo.divide"(%1949, %148) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1953 = "stablehlo.multiply"(%1952, %149) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1954 = "stablehlo.negate"(%1953) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1955_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1955 = "stablehlo.reduce"(%1954, %n1955_init) ({
    ^bb0(%n1955_a: tensor<f32>, %n1955_b: tensor<f32>):
      %n1955_r = "stablehlo.add"(%n1955_a, %n1955_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1955_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1956 = "stablehlo.reshape"(%1955) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1957 = "stablehlo.reshape"(%1956) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1958 = "stablehlo.broadcast_in_dim"(%1957) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1959 = "stablehlo.add"(%1952, %1958) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1960 = "stablehlo.multiply"(%1959, %145) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1961 = "stablehlo.negate"(%1960) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1962_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1962 = "stablehlo.reduce"(%1961, %n1962_init) ({
    ^bb0(%n1962_a: tensor<f32>, %n1962_b: tensor<f32>):
      %n1962_r = "stablehlo.add"(%n1962_a, %n1962_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1962_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1963 = "stablehlo.reshape"(%1962) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1964 = "stablehlo.reshape"(%1963) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1965 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1966 = "stablehlo.compare"(%140, %1965) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %1967 = "stablehlo.convert"(%1966) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n1968_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1968 = "stablehlo.reduce"(%1967, %n1968_init) ({
    ^bb0(%n1968_a: tensor<f32>, %n1968_b: tensor<f32>):
      %n1968_r = "stablehlo.add"(%n1968_a, %n1968_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1968_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1969 = "stablehlo.divide"(%1964, %1968) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %1970 = "stablehlo.broadcast_in_dim"(%1969) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1971 = "stablehlo.multiply"(%1970, %1967) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1972 = "stablehlo.add"(%1960, %1971) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1973 = "stablehlo.add"(%1870, %1972) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1974 = "stablehlo.dot_general"(%1972, %134) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1975 = "stablehlo.transpose"(%1974) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1976 = "stablehlo.dot_general"(%1972, %130) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1977 = "stablehlo.transpose"(%1976) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1978 = "stablehlo.reshape"(%1951) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1979 = "stablehlo.reshape"(%1978) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1980 = "stablehlo.dot_general"(%1979, %arg19) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1981 = "stablehlo.dot_general"(%1979, %135) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1982 = "stablehlo.reshape"(%1980) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1983 = "stablehlo.reshape"(%1977) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1984 = "stablehlo.reshape"(%1983) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1985 = "stablehlo.dot_general"(%1984, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1986 = "stablehlo.dot_general"(%1984, %131) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1987 = "stablehlo.reshape"(%1985) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1988 = "stablehlo.add"(%1982, %1987) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1989 = "stablehlo.reshape"(%1975) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1990 = "stablehlo.reshape"(%1989) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1991 = "stablehlo.dot_general"(%1990, %arg17) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1992 = "stablehlo.dot_general"(%1990, %127) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1993 = "stablehlo.reshape"(%1991) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1994 = "stablehlo.add"(%1988, %1993) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1995 = "stablehlo.multiply"(%1994, %121) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1996 = "stablehlo.multiply"(%1994, %120) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1997_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1997 = "stablehlo.reduce"(%1996, %n1997_init) ({
    ^bb0(%n1997_a: tensor<f32>, %n1997_b: tensor<f32>):
      %n1997_r = "stablehlo.add"(%n1997_a, %n1997_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1997_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1998 = "stablehlo.multiply"(%1995, %119) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1999 = "stablehlo.multiply"(%1995, %107) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2000 = "stablehlo.add"(%1942, %1998) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2001_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2001 = "stablehlo.reduce"(%1999, %n2001_init) ({
    ^bb0(%n2001_a: tensor<f32>, %n2001_b: tensor<f32>):
      %n2001_r = "stablehlo.add"(%n2001_a, %n2001_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2001_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %2002 = "stablehlo.reshape"(%2001) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %2003 = "stablehlo.divide"(%118, %117) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2004 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %2005 = "stablehlo.broadcast_in_dim"(%2004) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %2006 = "stablehlo.multiply"(%2003, %2005) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2007 = "stablehlo.multiply"(%2002, %2006) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2008 = "stablehlo.multiply"(%2007, %113) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2009 = "stablehlo.reshape"(%2008) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %2010 = "stablehlo.broadcast_in_dim"(%2009) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %2011 = "stablehlo.multiply"(%2010, %107) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2012 = "stablehlo.multiply"(%2010, %107) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2013 = "stablehlo.add"(%2000, %2011) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2014 = "stablehlo.add"(%2013, %2012) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2015 = "stablehlo.reshape"(%2014) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2016 = "stablehlo.dot_general"(%2015, %arg14) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x512xf32>) -> tensor<1536x512xf32>
    %2017 = "stablehlo.dot_general"(%2015, %104) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x512xf32>) -> tensor<128x512xf32>
    %2018 = "stablehlo.reshape"(%2016) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %2019 = "stablehlo.compare"(%100, %102) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %2020 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %2021 = "stablehlo.select"(%2019, %2018, %2020) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %2022 = "stablehlo.reshape"(%2021) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %2023 = "stablehlo.dot_general"(%2022, %arg15) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<512x128xf32>) -> tensor<1536x128xf32>
    %2024 = "stablehlo.dot_general"(%2022, %98) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<1536x128xf32>) -> tensor<512x128xf32>
    %2025 = "stablehlo.reshape"(%2023) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2026 = "stablehlo.multiply"(%2025, %94) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2027 = "stablehlo.multiply"(%2025, %93) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2028_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2028 = "stablehlo.reduce"(%2027, %n2028_init) ({
    ^bb0(%n2028_a: tensor<f32>, %n2028_b: tensor<f32>):
      %n2028_r = "stablehlo.add"(%n2028_a, %n2028_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2028_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %2029 = "stablehlo.multiply"(%2026, %92) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2030 = "stablehlo.multiply"(%2026, %80) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2031 = "stablehlo.add"(%2014, %2029) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2032_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2032 = "stablehlo.reduce"(%2030, %n2032_init) ({
    ^bb0(%n2032_a: tensor<f32>, %n2032_b: tensor<f32>):
      %n2032_r = "stablehlo.add"(%n2032_a, %n2032_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2032_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %2033 = "stablehlo.reshape"(%2032) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %2034 = "stablehlo.divide"(%91, %90) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2035 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %2036 = "stablehlo.broadcast_in_dim"(%2035) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %2037 = "stablehlo.multiply"(%2034, %2036) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2038 = "stablehlo.multiply"(%2033, %2037) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2039 = "stablehlo.multiply"(%2038, %86) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2040 = "stablehlo.reshape"(%2039) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %2041 = "stablehlo.broadcast_in_dim"(%2040) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %2042 = "stablehlo.multiply"(%2041, %80) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2043 = "stablehlo.multiply"(%2041, %80) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2044 = "stablehlo.add"(%2031, %2042) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2045 = "stablehlo.add"(%2044, %2043) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2046 = "stablehlo.reshape"(%2045) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2047 = "stablehlo.dot_general"(%2046, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %2048 = "stablehlo.dot_general"(%2046, %77) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %2049 = "stablehlo.reshape"(%2047) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2050 = "stablehlo.reshape"(%2049) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %2051 = "stablehlo.transpose"(%2050) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %2052 = "stablehlo.dot_general"(%2051, %62) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %2053 = "stablehlo.dot_general"(%2051, %73) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %2054 = "stablehlo.transpose"(%2053) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %2055 = "stablehlo.divide"(%2052, %72) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2056 = "stablehlo.multiply"(%2055, %73) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2057 = "stablehlo.negate"(%2056) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n2058_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2058 = "stablehlo.reduce"(%2057, %n2058_init) ({
    ^bb0(%n2058_a: tensor<f32>, %n2058_b: tensor<f32>):
      %n2058_r = "stablehlo.add"(%n2058_a, %n2058_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2058_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %2059 = "stablehlo.reshape"(%2058) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %2060 = "stablehlo.reshape"(%2059) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %2061 = "stablehlo.broadcast_in_dim"(%2060) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %2062 = "stablehlo.add"(%2055, %2061) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2063 = "stablehlo.multiply"(%2062, %69) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2064 = "stablehlo.negate"(%2063) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n2065_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2065 = "stablehlo.reduce"(%2064, %n2065_init) ({
    ^bb0(%n2065_a: tensor<f32>, %n2065_b: tensor<f32>):
      %n2065_r = "stablehlo.add"(%n2065_a, %n2065_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2065_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %2066 = "stablehlo.reshape"(%2065) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %2067 = "stablehlo.reshape"(%2066) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %2068 = "stablehlo.broadcast_in_dim"(%65) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %2069 = "stablehlo.compare"(%64, %2068) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %2070 = "stablehlo.convert"(%2069) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n2071_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2071 = "stablehlo.reduce"(%2070, %n2071_init) ({
    ^bb0(%n2071_a: tensor<f32>, %n2071_b: tensor<f32>):
      %n2071_r = "stablehlo.add"(%n2071_a, %n2071_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2071_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %2072 = "stablehlo.divide"(%2067, %2071) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %2073 = "stablehlo.broadcast_in_dim"(%2072) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %2074 = "stablehlo.multiply"(%2073, %2070) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2075 = "stablehlo.add"(%2063, %2074) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2076 = "stablehlo.add"(%1973, %2075) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2077 = "stablehlo.dot_general"(%2075, %58) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %2078 = "stablehlo.transpose"(%2077) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %2079 = "stablehlo.dot_general"(%2075, %54) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %2080 = "stablehlo.transpose"(%2079) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %2081 = "stablehlo.reshape"(%2054) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %2082 = "stablehlo.reshape"(%2081) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2083 = "stablehlo.dot_general"(%2082, %arg11) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %2084 = "stablehlo.dot_general"(%2082, %59) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %2085 = "stablehlo.reshape"(%2083) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2086 = "stablehlo.reshape"(%2080) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %2087 = "stablehlo.reshape"(%2086) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2088 = "stablehlo.dot_general"(%2087, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %2089 = "stablehlo.dot_general"(%2087, %55) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %2090 = "stablehlo.reshape"(%2088) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2091 = "stablehlo.add"(%2085, %2090) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2092 = "stablehlo.reshape"(%2078) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %2093 = "stablehlo.reshape"(%2092) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2094 = "stablehlo.dot_general"(%2093, %arg9) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %2095 = "stablehlo.dot_general"(%2093, %51) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %2096 = "stablehlo.reshape"(%2094) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2097 = "stablehlo.add"(%2091, %2096) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2098 = "stablehlo.multiply"(%2097, %45) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2099 = "stablehlo.multiply"(%2097, %44) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2100_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2100 = "stablehlo.reduce"(%2099, %n2100_init) ({
    ^bb0(%n2100_a: tensor<f32>, %n2100_b: tensor<f32>):
      %n2100_r = "stablehlo.add"(%n2100_a, %n2100_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2100_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %2101 = "stablehlo.multiply"(%2098, %43) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2102 = "stablehlo.multiply"(%2098, %15) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2103 = "stablehlo.add"(%2045, %2101) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2104_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2104 = "stablehlo.reduce"(%2102, %n2104_init) ({
    ^bb0(%n2104_a: tensor<f32>, %n2104_b: tensor<f32>):
      %n2104_r = "stablehlo.add"(%n2104_a, %n2104_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2104_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %2105 = "stablehlo.reshape"(%2104) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %2106 = "stablehlo.divide"(%42, %41) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2107 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %2108 = "stablehlo.broadcast_in_dim"(%2107) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %2109 = "stablehlo.multiply"(%2106, %2108) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2110 = "stablehlo.multiply"(%2105, %2109) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2111 = "stablehlo.multiply"(%2110, %37) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2112 = "stablehlo.reshape"(%2111) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %2113 = "stablehlo.broadcast_in_dim"(%2112) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %2114 = "stablehlo.multiply"(%2113, %15) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2115 = "stablehlo.multiply"(%2113, %15) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2116 = "stablehlo.add"(%2103, %2114) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2117 = "stablehlo.add"(%2116, %2115) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2118_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2118 = "stablehlo.reduce"(%2076, %n2118_init) ({
    ^bb0(%n2118_a: tensor<f32>, %n2118_b: tensor<f32>):
      %n2118_r = "stablehlo.add"(%n2118_a, %n2118_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2118_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<4x48x48xf32>
    %2119 = "stablehlo.reshape"(%2118) : (tensor<4x48x48xf32>) -> tensor<1x4x48x48xf32>
    %2120 = "stablehlo.reshape"(%2119) : (tensor<1x4x48x48xf32>) -> tensor<4x48x48xf32>
    %2121 = "stablehlo.transpose"(%2120) {permutation = array<i64: 1, 2, 0>} : (tensor<4x48x48xf32>) -> tensor<48x48x4xf32>
    %2122 = stablehlo.constant dense<0x00000000> : tensor<32x4xf32>
    %2123 = "stablehlo.scatter"(%2122, %17, %2121) ({
    ^bb0(%n2123_a: tensor<f32>, %n2123_b: tensor<f32>):
      %n2123_r = "stablehlo.add"(%n2123_a, %n2123_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2123_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32x4xf32>, tensor<48x48xi32>, tensor<48x48x4xf32>) -> tensor<32x4xf32>
    %2124 = stablehlo.constant dense<0x00000000> : tensor<32128x128xf32>
    %2125 = "stablehlo.scatter"(%2124, %arg0, %2117) ({
    ^bb0(%n2125_a: tensor<f32>, %n2125_b: tensor<f32>):
      %n2125_r = "stablehlo.add"(%n2125_a, %n2125_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2125_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32128x128xf32>, tensor<32x48xi32>, tensor<32x48x128xf32>) -> tensor<32128x128xf32>
    %2126 = "stablehlo.add"(%1687, %2125) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2127 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2128 = "stablehlo.multiply"(%2126, %2126) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %n2129_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2129 = "stablehlo.reduce"(%2128, %n2129_init) ({
    ^bb0(%n2129_a: tensor<f32>, %n2129_b: tensor<f32>):
      %n2129_r = "stablehlo.add"(%n2129_a, %n2129_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2129_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32128x128xf32>, tensor<f32>) -> tensor<f32>
    %2130 = "stablehlo.add"(%2127, %2129) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2131 = "stablehlo.multiply"(%2123, %2123) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %n2132_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2132 = "stablehlo.reduce"(%2131, %n2132_init) ({
    ^bb0(%n2132_a: tensor<f32>, %n2132_b: tensor<f32>):
      %n2132_r = "stablehlo.add"(%n2132_a, %n2132_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2132_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x4xf32>, tensor<f32>) -> tensor<f32>
    %2133 = "stablehlo.add"(%2130, %2132) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2134 = "stablehlo.multiply"(%2100, %2100) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2135_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2135 = "stablehlo.reduce"(%2134, %n2135_init) ({
    ^bb0(%n2135_a: tensor<f32>, %n2135_b: tensor<f32>):
      %n2135_r = "stablehlo.add"(%n2135_a, %n2135_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2135_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2136 = "stablehlo.add"(%2133, %2135) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2137 = "stablehlo.multiply"(%2095, %2095) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2138_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2138 = "stablehlo.reduce"(%2137, %n2138_init) ({
    ^bb0(%n2138_a: tensor<f32>, %n2138_b: tensor<f32>):
      %n2138_r = "stablehlo.add"(%n2138_a, %n2138_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2138_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2139 = "stablehlo.add"(%2136, %2138) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2140 = "stablehlo.multiply"(%2089, %2089) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2141_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2141 = "stablehlo.reduce"(%2140, %n2141_init) ({
    ^bb0(%n2141_a: tensor<f32>, %n2141_b: tensor<f32>):
      %n2141_r = "stablehlo.add"(%n2141_a, %n2141_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2141_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2142 = "stablehlo.add"(%2139, %2141) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2143 = "stablehlo.multiply"(%2084, %2084) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2144_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2144 = "stablehlo.reduce"(%2143, %n2144_init) ({
    ^bb0(%n2144_a: tensor<f32>, %n2144_b: tensor<f32>):
      %n2144_r = "stablehlo.add"(%n2144_a, %n2144_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2144_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2145 = "stablehlo.add"(%2142, %2144) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2146 = "stablehlo.multiply"(%2048, %2048) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2147_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2147 = "stablehlo.reduce"(%2146, %n2147_init) ({
    ^bb0(%n2147_a: tensor<f32>, %n2147_b: tensor<f32>):
      %n2147_r = "stablehlo.add"(%n2147_a, %n2147_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2147_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2148 = "stablehlo.add"(%2145, %2147) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2149 = "stablehlo.multiply"(%2028, %2028) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2150_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2150 = "stablehlo.reduce"(%2149, %n2150_init) ({
    ^bb0(%n2150_a: tensor<f32>, %n2150_b: tensor<f32>):
      %n2150_r = "stablehlo.add"(%n2150_a, %n2150_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2150_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2151 = "stablehlo.add"(%2148, %2150) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2152 = "stablehlo.multiply"(%2017, %2017) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2153_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2153 = "stablehlo.reduce"(%2152, %n2153_init) ({
    ^bb0(%n2153_a: tensor<f32>, %n2153_b: tensor<f32>):
      %n2153_r = "stablehlo.add"(%n2153_a, %n2153_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2153_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2154 = "stablehlo.add"(%2151, %2153) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2155 = "stablehlo.multiply"(%2024, %2024) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2156_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2156 = "stablehlo.reduce"(%2155, %n2156_init) ({
    ^bb0(%n2156_a: tensor<f32>, %n2156_b: tensor<f32>):
      %n2156_r = "stablehlo.add"(%n2156_a, %n2156_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2156_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2157 = "stablehlo.add"(%2154, %2156) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2158 = "stablehlo.multiply"(%1997, %1997) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2159_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2159 = "stablehlo.reduce"(%2158, %n2159_init) ({
    ^bb0(%n2159_a: tensor<f32>, %n2159_b: tensor<f32>):
      %n2159_r = "stablehlo.add"(%n2159_a, %n2159_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2159_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2160 = "stablehlo.add"(%2157, %2159) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2161 = "stablehlo.multiply"(%1992, %1992) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2162_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2162 = "stablehlo.reduce"(%2161, %n2162_init) ({
    ^bb0(%n2162_a: tensor<f32>, %n2162_b: tensor<f32>):
      %n2162_r = "stablehlo.add"(%n2162_a, %n2162_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2162_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2163 = "stablehlo.add"(%2160, %2162) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2164 = "stablehlo.multiply"(%1986, %1986) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2165_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2165 = "stablehlo.reduce"(%2164, %n2165_init) ({
    ^bb0(%n2165_a: tensor<f32>, %n2165_b: tensor<f32>):
      %n2165_r = "stablehlo.add"(%n2165_a, %n2165_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2165_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2166 = "stablehlo.add"(%2163, %2165) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2167 = "stablehlo.multiply"(%1981, %1981) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2168_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2168 = "stablehlo.reduce"(%2167, %n2168_init) ({
    ^bb0(%n2168_a: tensor<f32>, %n2168_b: tensor<f32>):
      %n2168_r = "stablehlo.add"(%n2168_a, %n2168_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2168_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2169 = "stablehlo.add"(%2166, %2168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2170 = "stablehlo.multiply"(%1945, %1945) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2171_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2171 = "stablehlo.reduce"(%2170, %n2171_init) ({
    ^bb0(%n2171_a: tensor<f32>, %n2171_b: tensor<f32>):
      %n2171_r = "stablehlo.add"(%n2171_a, %n2171_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2171_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2172 = "stablehlo.add"(%2169, %2171) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2173 = "stablehlo.multiply"(%1925, %1925) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2174_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2174 = "stablehlo.reduce"(%2173, %n2174_init) ({
    ^bb0(%n2174_a: tensor<f32>, %n2174_b: tensor<f32>):
      %n2174_r = "stablehlo.add"(%n2174_a, %n2174_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2174_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2175 = "stablehlo.add"(%2172, %2174) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2176 = "stablehlo.multiply"(%1914, %1914) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2177_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2177 = "stablehlo.reduce"(%2176, %n2177_init) ({
    ^bb0(%n2177_a: tensor<f32>, %n2177_b: tensor<f32>):
      %n2177_r = "stablehlo.add"(%n2177_a, %n2177_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2177_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2178 = "stablehlo.add"(%2175, %2177) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2179 = "stablehlo.multiply"(%1921, %1921) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2180_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2180 = "stablehlo.reduce"(%2179, %n2180_init) ({
    ^bb0(%n2180_a: tensor<f32>, %n2180_b: tensor<f32>):
      %n2180_r = "stablehlo.add"(%n2180_a, %n2180_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2180_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2181 = "stablehlo.add"(%2178, %2180) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2182 = "stablehlo.multiply"(%1894, %1894) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2183_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2183 = "stablehlo.reduce"(%2182, %n2183_init) ({
    ^bb0(%n2183_a: tensor<f32>, %n2183_b: tensor<f32>):
      %n2183_r = "stablehlo.add"(%n2183_a, %n2183_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2183_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2184 = "stablehlo.add"(%2181, %2183) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2185 = "stablehlo.multiply"(%1889, %1889) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2186_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2186 = "stablehlo.reduce"(%2185, %n2186_init) ({
    ^bb0(%n2186_a: tensor<f32>, %n2186_b: tensor<f32>):
      %n2186_r = "stablehlo.add"(%n2186_a, %n2186_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2186_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2187 = "stablehlo.add"(%2184, %2186) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2188 = "stablehlo.multiply"(%1883, %1883) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2189_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2189 = "stablehlo.reduce"(%2188, %n2189_init) ({
    ^bb0(%n2189_a: tensor<f32>, %n2189_b: tensor<f32>):
      %n2189_r = "stablehlo.add"(%n2189_a, %n2189_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2189_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2190 = "stablehlo.add"(%2187, %2189) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2191 = "stablehlo.multiply"(%1878, %1878) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2192_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2192 = "stablehlo.reduce"(%2191, %n2192_init) ({
    ^bb0(%n2192_a: tensor<f32>, %n2192_b: tensor<f32>):
      %n2192_r = "stablehlo.add"(%n2192_a, %n2192_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2192_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2193 = "stablehlo.add"(%2190, %2192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2194 = "stablehlo.multiply"(%1842, %1842) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2195_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2195 = "stablehlo.reduce"(%2194, %n2195_init) ({
    ^bb0(%n2195_a: tensor<f32>, %n2195_b: tensor<f32>):
      %n2195_r = "stablehlo.add"(%n2195_a, %n2195_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2195_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2196 = "stablehlo.add"(%2193, %2195) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2197 = "stablehlo.multiply"(%1822, %1822) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2198_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2198 = "stablehlo.reduce"(%2197, %n2198_init) ({
    ^bb0(%n2198_a: tensor<f32>, %n2198_b: tensor<f32>):
      %n2198_r = "stablehlo.add"(%n2198_a, %n2198_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2198_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2199 = "stablehlo.add"(%2196, %2198) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2200 = "stablehlo.multiply"(%1811, %1811) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2201_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2201 = "stablehlo.reduce"(%2200, %n2201_init) ({
    ^bb0(%n2201_a: tensor<f32>, %n2201_b: tensor<f32>):
      %n2201_r = "stablehlo.add"(%n2201_a, %n2201_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2201_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2202 = "stablehlo.add"(%2199, %2201) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2203 = "stablehlo.multiply"(%1818, %1818) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2204_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2204 = "stablehlo.reduce"(%2203, %n2204_init) ({
    ^bb0(%n2204_a: tensor<f32>, %n2204_b: tensor<f32>):
      %n2204_r = "stablehlo.add"(%n2204_a, %n2204_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2204_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2205 = "stablehlo.add"(%2202, %2204) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2206 = "stablehlo.multiply"(%1791, %1791) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2207_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2207 = "stablehlo.reduce"(%2206, %n2207_init) ({
    ^bb0(%n2207_a: tensor<f32>, %n2207_b: tensor<f32>):
      %n2207_r = "stablehlo.add"(%n2207_a, %n2207_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2207_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2208 = "stablehlo.add"(%2205, %2207) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2209 = "stablehlo.multiply"(%1786, %1786) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2210_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2210 = "stablehlo.reduce"(%2209, %n2210_init) ({
    ^bb0(%n2210_a: tensor<f32>, %n2210_b: tensor<f32>):
      %n2210_r = "stablehlo.add"(%n2210_a, %n2210_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2210_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2211 = "stablehlo.add"(%2208, %2210) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2212 = "stablehlo.multiply"(%1780, %1780) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2213_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2213 = "stablehlo.reduce"(%2212, %n2213_init) ({
    ^bb0(%n2213_a: tensor<f32>, %n2213_b: tensor<f32>):
      %n2213_r = "stablehlo.add"(%n2213_a, %n2213_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2213_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2214 = "stablehlo.add"(%2211, %2213) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2215 = "stablehlo.multiply"(%1775, %1775) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2216_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2216 = "stablehlo.reduce"(%2215, %n2216_init) ({
    ^bb0(%n2216_a: tensor<f32>, %n2216_b: tensor<f32>):
      %n2216_r = "stablehlo.add"(%n2216_a, %n2216_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2216_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2217 = "stablehlo.add"(%2214, %2216) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2218 = "stablehlo.multiply"(%1740, %1740) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2219_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2219 = "stablehlo.reduce"(%2218, %n2219_init) ({
    ^bb0(%n2219_a: tensor<f32>, %n2219_b: tensor<f32>):
      %n2219_r = "stablehlo.add"(%n2219_a, %n2219_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2219_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2220 = "stablehlo.add"(%2217, %2219) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2221 = "stablehlo.multiply"(%1720, %1720) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2222_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2222 = "stablehlo.reduce"(%2221, %n2222_init) ({
    ^bb0(%n2222_a: tensor<f32>, %n2222_b: tensor<f32>):
      %n2222_r = "stablehlo.add"(%n2222_a, %n2222_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2222_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2223 = "stablehlo.add"(%2220, %2222) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2224 = "stablehlo.multiply"(%1709, %1709) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2225_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2225 = "stablehlo.reduce"(%2224, %n2225_init) ({
    ^bb0(%n2225_a: tensor<f32>, %n2225_b: tensor<f32>):
      %n2225_r = "stablehlo.add"(%n2225_a, %n2225_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2225_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2226 = "stablehlo.add"(%2223, %2225) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2227 = "stablehlo.multiply"(%1716, %1716) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2228_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2228 = "stablehlo.reduce"(%2227, %n2228_init) ({
    ^bb0(%n2228_a: tensor<f32>, %n2228_b: tensor<f32>):
      %n2228_r = "stablehlo.add"(%n2228_a, %n2228_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2228_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2229 = "stablehlo.add"(%2226, %2228) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2230 = "stablehlo.multiply"(%1690, %1690) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2231_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2231 = "stablehlo.reduce"(%2230, %n2231_init) ({
    ^bb0(%n2231_a: tensor<f32>, %n2231_b: tensor<f32>):
      %n2231_r = "stablehlo.add"(%n2231_a, %n2231_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2231_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2232 = "stablehlo.add"(%2229, %2231) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2233 = "stablehlo.multiply"(%1684, %1684) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %n2234_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2234 = "stablehlo.reduce"(%2233, %n2234_init) ({
    ^bb0(%n2234_a: tensor<f32>, %n2234_b: tensor<f32>):
      %n2234_r = "stablehlo.add"(%n2234_a, %n2234_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2234_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x4xf32>, tensor<f32>) -> tensor<f32>
    %2235 = "stablehlo.add"(%2232, %2234) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2236 = "stablehlo.multiply"(%1663, %1663) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2237_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2237 = "stablehlo.reduce"(%2236, %n2237_init) ({
    ^bb0(%n2237_a: tensor<f32>, %n2237_b: tensor<f32>):
      %n2237_r = "stablehlo.add"(%n2237_a, %n2237_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2237_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2238 = "stablehlo.add"(%2235, %2237) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2239 = "stablehlo.multiply"(%1658, %1658) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2240_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2240 = "stablehlo.reduce"(%2239, %n2240_init) ({
    ^bb0(%n2240_a: tensor<f32>, %n2240_b: tensor<f32>):
      %n2240_r = "stablehlo.add"(%n2240_a, %n2240_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2240_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2241 = "stablehlo.add"(%2238, %2240) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2242 = "stablehlo.multiply"(%1652, %1652) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2243_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2243 = "stablehlo.reduce"(%2242, %n2243_init) ({
    ^bb0(%n2243_a: tensor<f32>, %n2243_b: tensor<f32>):
      %n2243_r = "stablehlo.add"(%n2243_a, %n2243_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2243_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2244 = "stablehlo.add"(%2241, %2243) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2245 = "stablehlo.multiply"(%1647, %1647) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2246_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2246 = "stablehlo.reduce"(%2245, %n2246_init) ({
    ^bb0(%n2246_a: tensor<f32>, %n2246_b: tensor<f32>):
      %n2246_r = "stablehlo.add"(%n2246_a, %n2246_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2246_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2247 = "stablehlo.add"(%2244, %2246) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2248 = "stablehlo.multiply"(%1609, %1609) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2249_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2249 = "stablehlo.reduce"(%2248, %n2249_init) ({
    ^bb0(%n2249_a: tensor<f32>, %n2249_b: tensor<f32>):
      %n2249_r = "stablehlo.add"(%n2249_a, %n2249_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2249_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2250 = "stablehlo.add"(%2247, %2249) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2251 = "stablehlo.multiply"(%1589, %1589) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2252_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2252 = "stablehlo.reduce"(%2251, %n2252_init) ({
    ^bb0(%n2252_a: tensor<f32>, %n2252_b: tensor<f32>):
      %n2252_r = "stablehlo.add"(%n2252_a, %n2252_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2252_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2253 = "stablehlo.add"(%2250, %2252) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2254 = "stablehlo.multiply"(%1585, %1585) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2255_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2255 = "stablehlo.reduce"(%2254, %n2255_init) ({
    ^bb0(%n2255_a: tensor<f32>, %n2255_b: tensor<f32>):
      %n2255_r = "stablehlo.add"(%n2255_a, %n2255_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2255_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2256 = "stablehlo.add"(%2253, %2255) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2257 = "stablehlo.multiply"(%1579, %1579) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2258_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2258 = "stablehlo.reduce"(%2257, %n2258_init) ({
    ^bb0(%n2258_a: tensor<f32>, %n2258_b: tensor<f32>):
      %n2258_r = "stablehlo.add"(%n2258_a, %n2258_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2258_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2259 = "stablehlo.add"(%2256, %2258) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2260 = "stablehlo.multiply"(%1573, %1573) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2261_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2261 = "stablehlo.reduce"(%2260, %n2261_init) ({
    ^bb0(%n2261_a: tensor<f32>, %n2261_b: tensor<f32>):
      %n2261_r = "stablehlo.add"(%n2261_a, %n2261_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2261_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2262 = "stablehlo.add"(%2259, %2261) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2263 = "stablehlo.multiply"(%1538, %1538) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2264_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2264 = "stablehlo.reduce"(%2263, %n2264_init) ({
    ^bb0(%n2264_a: tensor<f32>, %n2264_b: tensor<f32>):
      %n2264_r = "stablehlo.add"(%n2264_a, %n2264_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2264_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2265 = "stablehlo.add"(%2262, %2264) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2266 = "stablehlo.multiply"(%1518, %1518) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2267_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2267 = "stablehlo.reduce"(%2266, %n2267_init) ({
    ^bb0(%n2267_a: tensor<f32>, %n2267_b: tensor<f32>):
      %n2267_r = "stablehlo.add"(%n2267_a, %n2267_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2267_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2268 = "stablehlo.add"(%2265, %2267) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2269 = "stablehlo.multiply"(%1507, %1507) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2270_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2270 = "stablehlo.reduce"(%2269, %n2270_init) ({
    ^bb0(%n2270_a: tensor<f32>, %n2270_b: tensor<f32>):
      %n2270_r = "stablehlo.add"(%n2270_a, %n2270_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2270_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2271 = "stablehlo.add"(%2268, %2270) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2272 = "stablehlo.multiply"(%1514, %1514) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2273_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2273 = "stablehlo.reduce"(%2272, %n2273_init) ({
    ^bb0(%n2273_a: tensor<f32>, %n2273_b: tensor<f32>):
      %n2273_r = "stablehlo.add"(%n2273_a, %n2273_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2273_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2274 = "stablehlo.add"(%2271, %2273) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2275 = "stablehlo.multiply"(%1487, %1487) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2276_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2276 = "stablehlo.reduce"(%2275, %n2276_init) ({
    ^bb0(%n2276_a: tensor<f32>, %n2276_b: tensor<f32>):
      %n2276_r = "stablehlo.add"(%n2276_a, %n2276_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2276_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2277 = "stablehlo.add"(%2274, %2276) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2278 = "stablehlo.multiply"(%1482, %1482) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2279_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2279 = "stablehlo.reduce"(%2278, %n2279_init) ({
    ^bb0(%n2279_a: tensor<f32>, %n2279_b: tensor<f32>):
      %n2279_r = "stablehlo.add"(%n2279_a, %n2279_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2279_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2280 = "stablehlo.add"(%2277, %2279) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2281 = "stablehlo.multiply"(%1476, %1476) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2282_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2282 = "stablehlo.reduce"(%2281, %n2282_init) ({
    ^bb0(%n2282_a: tensor<f32>, %n2282_b: tensor<f32>):
      %n2282_r = "stablehlo.add"(%n2282_a, %n2282_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2282_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2283 = "stablehlo.add"(%2280, %2282) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2284 = "stablehlo.multiply"(%1471, %1471) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2285_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2285 = "stablehlo.reduce"(%2284, %n2285_init) ({
    ^bb0(%n2285_a: tensor<f32>, %n2285_b: tensor<f32>):
      %n2285_r = "stablehlo.add"(%n2285_a, %n2285_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2285_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2286 = "stablehlo.add"(%2283, %2285) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2287 = "stablehlo.multiply"(%1433, %1433) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2288_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2288 = "stablehlo.reduce"(%2287, %n2288_init) ({
    ^bb0(%n2288_a: tensor<f32>, %n2288_b: tensor<f32>):
      %n2288_r = "stablehlo.add"(%n2288_a, %n2288_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2288_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2289 = "stablehlo.add"(%2286, %2288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2290 = "stablehlo.multiply"(%1413, %1413) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2291_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2291 = "stablehlo.reduce"(%2290, %n2291_init) ({
    ^bb0(%n2291_a: tensor<f32>, %n2291_b: tensor<f32>):
      %n2291_r = "stablehlo.add"(%n2291_a, %n2291_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2291_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2292 = "stablehlo.add"(%2289, %2291) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2293 = "stablehlo.multiply"(%1409, %1409) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2294_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2294 = "stablehlo.reduce"(%2293, %n2294_init) ({
    ^bb0(%n2294_a: tensor<f32>, %n2294_b: tensor<f32>):
      %n2294_r = "stablehlo.add"(%n2294_a, %n2294_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2294_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2295 = "stablehlo.add"(%2292, %2294) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2296 = "stablehlo.multiply"(%1403, %1403) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2297_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2297 = "stablehlo.reduce"(%2296, %n2297_init) ({
    ^bb0(%n2297_a: tensor<f32>, %n2297_b: tensor<f32>):
      %n2297_r = "stablehlo.add"(%n2297_a, %n2297_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2297_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2298 = "stablehlo.add"(%2295, %2297) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2299 = "stablehlo.multiply"(%1397, %1397) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2300_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2300 = "stablehlo.reduce"(%2299, %n2300_init) ({
    ^bb0(%n2300_a: tensor<f32>, %n2300_b: tensor<f32>):
      %n2300_r = "stablehlo.add"(%n2300_a, %n2300_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2300_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2301 = "stablehlo.add"(%2298, %2300) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2302 = "stablehlo.multiply"(%1362, %1362) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2303_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2303 = "stablehlo.reduce"(%2302, %n2303_init) ({
    ^bb0(%n2303_a: tensor<f32>, %n2303_b: tensor<f32>):
      %n2303_r = "stablehlo.add"(%n2303_a, %n2303_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2303_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2304 = "stablehlo.add"(%2301, %2303) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2305 = "stablehlo.multiply"(%1342, %1342) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2306_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2306 = "stablehlo.reduce"(%2305, %n2306_init) ({
    ^bb0(%n2306_a: tensor<f32>, %n2306_b: tensor<f32>):
      %n2306_r = "stablehlo.add"(%n2306_a, %n2306_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2306_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2307 = "stablehlo.add"(%2304, %2306) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2308 = "stablehlo.multiply"(%1331, %1331) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2309_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2309 = "stablehlo.reduce"(%2308, %n2309_init) ({
    ^bb0(%n2309_a: tensor<f32>, %n2309_b: tensor<f32>):
      %n2309_r = "stablehlo.add"(%n2309_a, %n2309_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2309_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2310 = "stablehlo.add"(%2307, %2309) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2311 = "stablehlo.multiply"(%1338, %1338) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2312_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2312 = "stablehlo.reduce"(%2311, %n2312_init) ({
    ^bb0(%n2312_a: tensor<f32>, %n2312_b: tensor<f32>):
      %n2312_r = "stablehlo.add"(%n2312_a, %n2312_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2312_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2313 = "stablehlo.add"(%2310, %2312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2314 = "stablehlo.multiply"(%1311, %1311) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2315_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2315 = "stablehlo.reduce"(%2314, %n2315_init) ({
    ^bb0(%n2315_a: tensor<f32>, %n2315_b: tensor<f32>):
      %n2315_r = "stablehlo.add"(%n2315_a, %n2315_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2315_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2316 = "stablehlo.add"(%2313, %2315) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2317 = "stablehlo.multiply"(%1306, %1306) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2318_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2318 = "stablehlo.reduce"(%2317, %n2318_init) ({
    ^bb0(%n2318_a: tensor<f32>, %n2318_b: tensor<f32>):
      %n2318_r = "stablehlo.add"(%n2318_a, %n2318_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2318_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2319 = "stablehlo.add"(%2316, %2318) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2320 = "stablehlo.multiply"(%1300, %1300) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2321_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2321 = "stablehlo.reduce"(%2320, %n2321_init) ({
    ^bb0(%n2321_a: tensor<f32>, %n2321_b: tensor<f32>):
      %n2321_r = "stablehlo.add"(%n2321_a, %n2321_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2321_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2322 = "stablehlo.add"(%2319, %2321) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2323 = "stablehlo.multiply"(%1295, %1295) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2324_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2324 = "stablehlo.reduce"(%2323, %n2324_init) ({
    ^bb0(%n2324_a: tensor<f32>, %n2324_b: tensor<f32>):
      %n2324_r = "stablehlo.add"(%n2324_a, %n2324_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2324_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2325 = "stablehlo.add"(%2322, %2324) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2326 = "stablehlo.multiply"(%1257, %1257) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2327_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2327 = "stablehlo.reduce"(%2326, %n2327_init) ({
    ^bb0(%n2327_a: tensor<f32>, %n2327_b: tensor<f32>):
      %n2327_r = "stablehlo.add"(%n2327_a, %n2327_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2327_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2328 = "stablehlo.add"(%2325, %2327) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2329 = "stablehlo.multiply"(%1237, %1237) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2330_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2330 = "stablehlo.reduce"(%2329, %n2330_init) ({
    ^bb0(%n2330_a: tensor<f32>, %n2330_b: tensor<f32>):
      %n2330_r = "stablehlo.add"(%n2330_a, %n2330_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2330_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2331 = "stablehlo.add"(%2328, %2330) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2332 = "stablehlo.multiply"(%1233, %1233) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2333_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2333 = "stablehlo.reduce"(%2332, %n2333_init) ({
    ^bb0(%n2333_a: tensor<f32>, %n2333_b: tensor<f32>):
      %n2333_r = "stablehlo.add"(%n2333_a, %n2333_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2333_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2334 = "stablehlo.add"(%2331, %2333) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2335 = "stablehlo.multiply"(%1227, %1227) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2336_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2336 = "stablehlo.reduce"(%2335, %n2336_init) ({
    ^bb0(%n2336_a: tensor<f32>, %n2336_b: tensor<f32>):
      %n2336_r = "stablehlo.add"(%n2336_a, %n2336_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2336_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2337 = "stablehlo.add"(%2334, %2336) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2338 = "stablehlo.multiply"(%1221, %1221) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2339_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2339 = "stablehlo.reduce"(%2338, %n2339_init) ({
    ^bb0(%n2339_a: tensor<f32>, %n2339_b: tensor<f32>):
      %n2339_r = "stablehlo.add"(%n2339_a, %n2339_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2339_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2340 = "stablehlo.add"(%2337, %2339) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2341 = "stablehlo.multiply"(%1186, %1186) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2342_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2342 = "stablehlo.reduce"(%2341, %n2342_init) ({
    ^bb0(%n2342_a: tensor<f32>, %n2342_b: tensor<f32>):
      %n2342_r = "stablehlo.add"(%n2342_a, %n2342_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2342_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2343 = "stablehlo.add"(%2340, %2342) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2344 = "stablehlo.multiply"(%1166, %1166) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2345_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2345 = "stablehlo.reduce"(%2344, %n2345_init) ({
    ^bb0(%n2345_a: tensor<f32>, %n2345_b: tensor<f32>):
      %n2345_r = "stablehlo.add"(%n2345_a, %n2345_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2345_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2346 = "stablehlo.add"(%2343, %2345) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2347 = "stablehlo.multiply"(%1155, %1155) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2348_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2348 = "stablehlo.reduce"(%2347, %n2348_init) ({
    ^bb0(%n2348_a: tensor<f32>, %n2348_b: tensor<f32>):
      %n2348_r = "stablehlo.add"(%n2348_a, %n2348_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2348_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2349 = "stablehlo.add"(%2346, %2348) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2350 = "stablehlo.multiply"(%1162, %1162) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2351_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2351 = "stablehlo.reduce"(%2350, %n2351_init) ({
    ^bb0(%n2351_a: tensor<f32>, %n2351_b: tensor<f32>):
      %n2351_r = "stablehlo.add"(%n2351_a, %n2351_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2351_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2352 = "stablehlo.add"(%2349, %2351) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2353 = "stablehlo.multiply"(%1135, %1135) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2354_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2354 = "stablehlo.reduce"(%2353, %n2354_init) ({
    ^bb0(%n2354_a: tensor<f32>, %n2354_b: tensor<f32>):
      %n2354_r = "stablehlo.add"(%n2354_a, %n2354_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2354_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2355 = "stablehlo.add"(%2352, %2354) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2356 = "stablehlo.multiply"(%1130, %1130) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2357_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2357 = "stablehlo.reduce"(%2356, %n2357_init) ({
    ^bb0(%n2357_a: tensor<f32>, %n2357_b: tensor<f32>):
      %n2357_r = "stablehlo.add"(%n2357_a, %n2357_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2357_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2358 = "stablehlo.add"(%2355, %2357) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2359 = "stablehlo.multiply"(%1124, %1124) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2360_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2360 = "stablehlo.reduce"(%2359, %n2360_init) ({
    ^bb0(%n2360_a: tensor<f32>, %n2360_b: tensor<f32>):
      %n2360_r = "stablehlo.add"(%n2360_a, %n2360_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2360_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2361 = "stablehlo.add"(%2358, %2360) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2362 = "stablehlo.multiply"(%1119, %1119) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2363_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2363 = "stablehlo.reduce"(%2362, %n2363_init) ({
    ^bb0(%n2363_a: tensor<f32>, %n2363_b: tensor<f32>):
      %n2363_r = "stablehlo.add"(%n2363_a, %n2363_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2363_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2364 = "stablehlo.add"(%2361, %2363) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2365 = "stablehlo.multiply"(%1082, %1082) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2366_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2366 = "stablehlo.reduce"(%2365, %n2366_init) ({
    ^bb0(%n2366_a: tensor<f32>, %n2366_b: tensor<f32>):
      %n2366_r = "stablehlo.add"(%n2366_a, %n2366_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2366_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2367 = "stablehlo.add"(%2364, %2366) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2368 = "stablehlo.multiply"(%1062, %1062) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2369_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2369 = "stablehlo.reduce"(%2368, %n2369_init) ({
    ^bb0(%n2369_a: tensor<f32>, %n2369_b: tensor<f32>):
      %n2369_r = "stablehlo.add"(%n2369_a, %n2369_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2369_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2370 = "stablehlo.add"(%2367, %2369) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2371 = "stablehlo.multiply"(%1058, %1058) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2372_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2372 = "stablehlo.reduce"(%2371, %n2372_init) ({
    ^bb0(%n2372_a: tensor<f32>, %n2372_b: tensor<f32>):
      %n2372_r = "stablehlo.add"(%n2372_a, %n2372_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2372_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2373 = "stablehlo.add"(%2370, %2372) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2374 = "stablehlo.multiply"(%1052, %1052) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2375_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2375 = "stablehlo.reduce"(%2374, %n2375_init) ({
    ^bb0(%n2375_a: tensor<f32>, %n2375_b: tensor<f32>):
      %n2375_r = "stablehlo.add"(%n2375_a, %n2375_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2375_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2376 = "stablehlo.add"(%2373, %2375) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2377 = "stablehlo.multiply"(%1047, %1047) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2378_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2378 = "stablehlo.reduce"(%2377, %n2378_init) ({
    ^bb0(%n2378_a: tensor<f32>, %n2378_b: tensor<f32>):
      %n2378_r = "stablehlo.add"(%n2378_a, %n2378_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2378_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2379 = "stablehlo.add"(%2376, %2378) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2380 = "stablehlo.multiply"(%1012, %1012) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2381_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2381 = "stablehlo.reduce"(%2380, %n2381_init) ({
    ^bb0(%n2381_a: tensor<f32>, %n2381_b: tensor<f32>):
      %n2381_r = "stablehlo.add"(%n2381_a, %n2381_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2381_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2382 = "stablehlo.add"(%2379, %2381) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2383 = "stablehlo.multiply"(%992, %992) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2384_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2384 = "stablehlo.reduce"(%2383, %n2384_init) ({
    ^bb0(%n2384_a: tensor<f32>, %n2384_b: tensor<f32>):
      %n2384_r = "stablehlo.add"(%n2384_a, %n2384_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2384_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2385 = "stablehlo.add"(%2382, %2384) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2386 = "stablehlo.multiply"(%981, %981) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2387_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2387 = "stablehlo.reduce"(%2386, %n2387_init) ({
    ^bb0(%n2387_a: tensor<f32>, %n2387_b: tensor<f32>):
      %n2387_r = "stablehlo.add"(%n2387_a, %n2387_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2387_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2388 = "stablehlo.add"(%2385, %2387) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2389 = "stablehlo.multiply"(%988, %988) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2390_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2390 = "stablehlo.reduce"(%2389, %n2390_init) ({
    ^bb0(%n2390_a: tensor<f32>, %n2390_b: tensor<f32>):
      %n2390_r = "stablehlo.add"(%n2390_a, %n2390_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2390_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2391 = "stablehlo.add"(%2388, %2390) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2392 = "stablehlo.multiply"(%962, %962) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2393_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2393 = "stablehlo.reduce"(%2392, %n2393_init) ({
    ^bb0(%n2393_a: tensor<f32>, %n2393_b: tensor<f32>):
      %n2393_r = "stablehlo.add"(%n2393_a, %n2393_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2393_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2394 = "stablehlo.add"(%2391, %2393) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2395 = "stablehlo.sqrt"(%2394) : (tensor<f32>) -> tensor<f32>
    %2396 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %2397 = "stablehlo.add"(%2395, %2396) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2398 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2399 = "stablehlo.divide"(%2398, %2397) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2400 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2401 = "stablehlo.minimum"(%2399, %2400) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2402 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2403 = "stablehlo.multiply"(%2126, %2402) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2404 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2405 = "stablehlo.multiply"(%2123, %2404) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2406 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2407 = "stablehlo.multiply"(%2100, %2406) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2408 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2409 = "stablehlo.multiply"(%2095, %2408) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2410 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2411 = "stablehlo.multiply"(%2089, %2410) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2412 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2413 = "stablehlo.multiply"(%2084, %2412) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2414 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2415 = "stablehlo.multiply"(%2048, %2414) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2416 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2417 = "stablehlo.multiply"(%2028, %2416) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2418 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2419 = "stablehlo.multiply"(%2017, %2418) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2420 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2421 = "stablehlo.multiply"(%2024, %2420) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2422 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2423 = "stablehlo.multiply"(%1997, %2422) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2424 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2425 = "stablehlo.multiply"(%1992, %2424) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2426 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2427 = "stablehlo.multiply"(%1986, %2426) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2428 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2429 = "stablehlo.multiply"(%1981, %2428) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2430 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2431 = "stablehlo.multiply"(%1945, %2430) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2432 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2433 = "stablehlo.multiply"(%1925, %2432) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2434 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2435 = "stablehlo.multiply"(%1914, %2434) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2436 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2437 = "stablehlo.multiply"(%1921, %2436) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2438 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2439 = "stablehlo.multiply"(%1894, %2438) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2440 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2441 = "stablehlo.multiply"(%1889, %2440) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2442 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2443 = "stablehlo.multiply"(%1883, %2442) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2444 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2445 = "stablehlo.multiply"(%1878, %2444) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2446 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2447 = "stablehlo.multiply"(%1842, %2446) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2448 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2449 = "stablehlo.multiply"(%1822, %2448) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2450 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2451 = "stablehlo.multiply"(%1811, %2450) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2452 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2453 = "stablehlo.multiply"(%1818, %2452) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2454 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2455 = "stablehlo.multiply"(%1791, %2454) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2456 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2457 = "stablehlo.multiply"(%1786, %2456) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2458 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2459 = "stablehlo.multiply"(%1780, %2458) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2460 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2461 = "stablehlo.multiply"(%1775, %2460) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2462 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2463 = "stablehlo.multiply"(%1740, %2462) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2464 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2465 = "stablehlo.multiply"(%1720, %2464) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2466 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2467 = "stablehlo.multiply"(%1709, %2466) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2468 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2469 = "stablehlo.multiply"(%1716, %2468) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2470 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2471 = "stablehlo.multiply"(%1690, %2470) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2472 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2473 = "stablehlo.multiply"(%1684, %2472) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2474 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2475 = "stablehlo.multiply"(%1663, %2474) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2476 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2477 = "stablehlo.multiply"(%1658, %2476) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2478 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2479 = "stablehlo.multiply"(%1652, %2478) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2480 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2481 = "stablehlo.multiply"(%1647, %2480) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2482 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2483 = "stablehlo.multiply"(%1609, %2482) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2484 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2485 = "stablehlo.multiply"(%1589, %2484) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2486 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2487 = "stablehlo.multiply"(%1585, %2486) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2488 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2489 = "stablehlo.multiply"(%1579, %2488) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2490 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2491 = "stablehlo.multiply"(%1573, %2490) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2492 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2493 = "stablehlo.multiply"(%1538, %2492) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2494 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2495 = "stablehlo.multiply"(%1518, %2494) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2496 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2497 = "stablehlo.multiply"(%1507, %2496) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2498 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2499 = "stablehlo.multiply"(%1514, %2498) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2500 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2501 = "stablehlo.multiply"(%1487, %2500) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2502 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2503 = "stablehlo.multiply"(%1482, %2502) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2504 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2505 = "stablehlo.multiply"(%1476, %2504) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2506 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2507 = "stablehlo.multiply"(%1471, %2506) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2508 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2509 = "stablehlo.multiply"(%1433, %2508) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2510 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2511 = "stablehlo.multiply"(%1413, %2510) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2512 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2513 = "stablehlo.multiply"(%1409, %2512) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2514 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2515 = "stablehlo.multiply"(%1403, %2514) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2516 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2517 = "stablehlo.multiply"(%1397, %2516) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2518 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2519 = "stablehlo.multiply"(%1362, %2518) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2520 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2521 = "stablehlo.multiply"(%1342, %2520) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2522 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2523 = "stablehlo.multiply"(%1331, %2522) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2524 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2525 = "stablehlo.multiply"(%1338, %2524) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2526 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2527 = "stablehlo.multiply"(%1311, %2526) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2528 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2529 = "stablehlo.multiply"(%1306, %2528) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2530 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2531 = "stablehlo.multiply"(%1300, %2530) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2532 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2533 = "stablehlo.multiply"(%1295, %2532) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2534 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2535 = "stablehlo.multiply"(%1257, %2534) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2536 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2537 = "stablehlo.multiply"(%1237, %2536) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2538 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2539 = "stablehlo.multiply"(%1233, %2538) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2540 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2541 = "stablehlo.multiply"(%1227, %2540) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2542 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2543 = "stablehlo.multiply"(%1221, %2542) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2544 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2545 = "stablehlo.multiply"(%1186, %2544) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2546 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2547 = "stablehlo.multiply"(%1166, %2546) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2548 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2549 = "stablehlo.multiply"(%1155, %2548) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2550 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2551 = "stablehlo.multiply"(%1162, %2550) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2552 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2553 = "stablehlo.multiply"(%1135, %2552) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2554 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2555 = "stablehlo.multiply"(%1130, %2554) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2556 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2557 = "stablehlo.multiply"(%1124, %2556) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2558 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2559 = "stablehlo.multiply"(%1119, %2558) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2560 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2561 = "stablehlo.multiply"(%1082, %2560) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2562 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2563 = "stablehlo.multiply"(%1062, %2562) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2564 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2565 = "stablehlo.multiply"(%1058, %2564) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2566 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2567 = "stablehlo.multiply"(%1052, %2566) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2568 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2569 = "stablehlo.multiply"(%1047, %2568) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2570 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2571 = "stablehlo.multiply"(%1012, %2570) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2572 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2573 = "stablehlo.multiply"(%992, %2572) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2574 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2575 = "stablehlo.multiply"(%981, %2574) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2576 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2577 = "stablehlo.multiply"(%988, %2576) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2578 = "stablehlo.broadcast_in_dim"(%2401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2579 = "stablehlo.multiply"(%962, %2578) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2580 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<f32>
    %2581 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2582 = stablehlo.constant dense<0x3C888889> : tensor<f32>
    %2583 = "stablehlo.multiply"(%2580, %2582) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2588 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2589 = stablehlo.constant dense<0xBAB11FD4> : tensor<f32>
    %2590 = "stablehlo.multiply"(%2580, %2589) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2591 = stablehlo.constant dense<0x3F8A60DD> : tensor<f32>
    %2592 = "stablehlo.add"(%2590, %2591) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2593 = "stablehlo.maximum"(%2592, %2588) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2594 = stablehlo.constant dense<0x42700000> : tensor<f32>
    %2595 = "stablehlo.compare"(%2580, %2594) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %2596 = "stablehlo.select"(%2595, %2583, %2593) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %2597 = "stablehlo.multiply"(%2581, %2596) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2601 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2602 = "stablehlo.add"(%arg97, %2601) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2603 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2604 = "stablehlo.broadcast_in_dim"(%2603) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2605 = "stablehlo.multiply"(%arg95, %2604) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2606 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2607 = "stablehlo.broadcast_in_dim"(%2606) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2608 = "stablehlo.multiply"(%2403, %2607) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2609 = "stablehlo.add"(%2605, %2608) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2610 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2611 = "stablehlo.broadcast_in_dim"(%2610) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2612 = "stablehlo.multiply"(%arg96, %2611) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2613 = "stablehlo.multiply"(%2403, %2403) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2614 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2615 = "stablehlo.broadcast_in_dim"(%2614) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2616 = "stablehlo.multiply"(%2613, %2615) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2617 = "stablehlo.add"(%2612, %2616) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2618 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2619 = "stablehlo.power"(%2618, %2602) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2620 = "stablehlo.negate"(%2619) : (tensor<f32>) -> tensor<f32>
    %2621 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2622 = "stablehlo.add"(%2620, %2621) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2623 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2624 = "stablehlo.power"(%2623, %2602) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2625 = "stablehlo.negate"(%2624) : (tensor<f32>) -> tensor<f32>
    %2626 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2627 = "stablehlo.add"(%2625, %2626) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2628 = "stablehlo.broadcast_in_dim"(%2622) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2629 = "stablehlo.divide"(%2609, %2628) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2630 = "stablehlo.sqrt"(%2627) : (tensor<f32>) -> tensor<f32>
    %2631 = "stablehlo.sqrt"(%2617) : (tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2632 = "stablehlo.broadcast_in_dim"(%2630) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2633 = "stablehlo.divide"(%2631, %2632) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2634 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2635 = "stablehlo.broadcast_in_dim"(%2634) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2636 = "stablehlo.add"(%2633, %2635) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2637 = "stablehlo.divide"(%2629, %2636) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2638 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2639 = "stablehlo.multiply"(%2637, %2638) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2640 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2641 = "stablehlo.multiply"(%2597, %2640) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2642 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2643 = "stablehlo.add"(%2641, %2642) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2644 = "stablehlo.broadcast_in_dim"(%2643) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2645 = "stablehlo.multiply"(%arg6, %2644) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2646 = "stablehlo.subtract"(%2645, %2639) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2650 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2651 = "stablehlo.add"(%arg100, %2650) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2652 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2653 = "stablehlo.broadcast_in_dim"(%2652) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2654 = "stablehlo.multiply"(%arg98, %2653) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2655 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2656 = "stablehlo.broadcast_in_dim"(%2655) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2657 = "stablehlo.multiply"(%2405, %2656) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2658 = "stablehlo.add"(%2654, %2657) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2659 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2660 = "stablehlo.broadcast_in_dim"(%2659) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2661 = "stablehlo.multiply"(%arg99, %2660) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2662 = "stablehlo.multiply"(%2405, %2405) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2663 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2664 = "stablehlo.broadcast_in_dim"(%2663) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2665 = "stablehlo.multiply"(%2662, %2664) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2666 = "stablehlo.add"(%2661, %2665) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2667 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2668 = "stablehlo.power"(%2667, %2651) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2669 = "stablehlo.negate"(%2668) : (tensor<f32>) -> tensor<f32>
    %2670 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2671 = "stablehlo.add"(%2669, %2670) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2672 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2673 = "stablehlo.power"(%2672, %2651) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2674 = "stablehlo.negate"(%2673) : (tensor<f32>) -> tensor<f32>
    %2675 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2676 = "stablehlo.add"(%2674, %2675) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2677 = "stablehlo.broadcast_in_dim"(%2671) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2678 = "stablehlo.divide"(%2658, %2677) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2679 = "stablehlo.sqrt"(%2676) : (tensor<f32>) -> tensor<f32>
    %2680 = "stablehlo.sqrt"(%2666) : (tensor<32x4xf32>) -> tensor<32x4xf32>
    %2681 = "stablehlo.broadcast_in_dim"(%2679) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2682 = "stablehlo.divide"(%2680, %2681) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2683 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2684 = "stablehlo.broadcast_in_dim"(%2683) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2685 = "stablehlo.add"(%2682, %2684) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2686 = "stablehlo.divide"(%2678, %2685) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2687 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2688 = "stablehlo.multiply"(%2686, %2687) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2689 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2690 = "stablehlo.multiply"(%2597, %2689) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2691 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2692 = "stablehlo.add"(%2690, %2691) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2693 = "stablehlo.broadcast_in_dim"(%2692) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2694 = "stablehlo.multiply"(%arg7, %2693) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2695 = "stablehlo.subtract"(%2694, %2688) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2699 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2700 = "stablehlo.add"(%arg103, %2699) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2701 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2702 = "stablehlo.broadcast_in_dim"(%2701) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2703 = "stablehlo.multiply"(%arg101, %2702) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2704 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2705 = "stablehlo.broadcast_in_dim"(%2704) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2706 = "stablehlo.multiply"(%2407, %2705) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2707 = "stablehlo.add"(%2703, %2706) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2708 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2709 = "stablehlo.broadcast_in_dim"(%2708) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2710 = "stablehlo.multiply"(%arg102, %2709) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2711 = "stablehlo.multiply"(%2407, %2407) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2712 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2713 = "stablehlo.broadcast_in_dim"(%2712) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2714 = "stablehlo.multiply"(%2711, %2713) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2715 = "stablehlo.add"(%2710, %2714) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2716 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2717 = "stablehlo.power"(%2716, %2700) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2718 = "stablehlo.negate"(%2717) : (tensor<f32>) -> tensor<f32>
    %2719 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2720 = "stablehlo.add"(%2718, %2719) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2721 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2722 = "stablehlo.power"(%2721, %2700) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2723 = "stablehlo.negate"(%2722) : (tensor<f32>) -> tensor<f32>
    %2724 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2725 = "stablehlo.add"(%2723, %2724) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2726 = "stablehlo.broadcast_in_dim"(%2720) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2727 = "stablehlo.divide"(%2707, %2726) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2728 = "stablehlo.sqrt"(%2725) : (tensor<f32>) -> tensor<f32>
    %2729 = "stablehlo.sqrt"(%2715) : (tensor<128xf32>) -> tensor<128xf32>
    %2730 = "stablehlo.broadcast_in_dim"(%2728) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2731 = "stablehlo.divide"(%2729, %2730) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2732 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2733 = "stablehlo.broadcast_in_dim"(%2732) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2734 = "stablehlo.add"(%2731, %2733) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2735 = "stablehlo.divide"(%2727, %2734) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2736 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2737 = "stablehlo.multiply"(%2735, %2736) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2738 = "stablehlo.subtract"(%arg8, %2737) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2742 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2743 = "stablehlo.add"(%arg106, %2742) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2744 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2745 = "stablehlo.broadcast_in_dim"(%2744) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2746 = "stablehlo.multiply"(%arg104, %2745) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2747 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2748 = "stablehlo.broadcast_in_dim"(%2747) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2749 = "stablehlo.multiply"(%2409, %2748) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2750 = "stablehlo.add"(%2746, %2749) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2751 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2752 = "stablehlo.broadcast_in_dim"(%2751) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2753 = "stablehlo.multiply"(%arg105, %2752) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2754 = "stablehlo.multiply"(%2409, %2409) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2755 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2756 = "stablehlo.broadcast_in_dim"(%2755) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2757 = "stablehlo.multiply"(%2754, %2756) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2758 = "stablehlo.add"(%2753, %2757) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2759 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2760 = "stablehlo.power"(%2759, %2743) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2761 = "stablehlo.negate"(%2760) : (tensor<f32>) -> tensor<f32>
    %2762 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2763 = "stablehlo.add"(%2761, %2762) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2764 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2765 = "stablehlo.power"(%2764, %2743) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2766 = "stablehlo.negate"(%2765) : (tensor<f32>) -> tensor<f32>
    %2767 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2768 = "stablehlo.add"(%2766, %2767) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2769 = "stablehlo.broadcast_in_dim"(%2763) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2770 = "stablehlo.divide"(%2750, %2769) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2771 = "stablehlo.sqrt"(%2768) : (tensor<f32>) -> tensor<f32>
    %2772 = "stablehlo.sqrt"(%2758) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2773 = "stablehlo.broadcast_in_dim"(%2771) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2774 = "stablehlo.divide"(%2772, %2773) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2775 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2776 = "stablehlo.broadcast_in_dim"(%2775) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2777 = "stablehlo.add"(%2774, %2776) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2778 = "stablehlo.divide"(%2770, %2777) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2779 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2780 = "stablehlo.multiply"(%2778, %2779) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2781 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2782 = "stablehlo.multiply"(%2597, %2781) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2783 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2784 = "stablehlo.add"(%2782, %2783) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2785 = "stablehlo.broadcast_in_dim"(%2784) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2786 = "stablehlo.multiply"(%arg9, %2785) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2787 = "stablehlo.subtract"(%2786, %2780) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2791 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2792 = "stablehlo.add"(%arg109, %2791) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2793 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2794 = "stablehlo.broadcast_in_dim"(%2793) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2795 = "stablehlo.multiply"(%arg107, %2794) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2796 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2797 = "stablehlo.broadcast_in_dim"(%2796) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2798 = "stablehlo.multiply"(%2411, %2797) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2799 = "stablehlo.add"(%2795, %2798) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2800 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2801 = "stablehlo.broadcast_in_dim"(%2800) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2802 = "stablehlo.multiply"(%arg108, %2801) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2803 = "stablehlo.multiply"(%2411, %2411) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2804 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2805 = "stablehlo.broadcast_in_dim"(%2804) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2806 = "stablehlo.multiply"(%2803, %2805) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2807 = "stablehlo.add"(%2802, %2806) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2808 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2809 = "stablehlo.power"(%2808, %2792) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2810 = "stablehlo.negate"(%2809) : (tensor<f32>) -> tensor<f32>
    %2811 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2812 = "stablehlo.add"(%2810, %2811) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2813 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2814 = "stablehlo.power"(%2813, %2792) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2815 = "stablehlo.negate"(%2814) : (tensor<f32>) -> tensor<f32>
    %2816 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2817 = "stablehlo.add"(%2815, %2816) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2818 = "stablehlo.broadcast_in_dim"(%2812) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2819 = "stablehlo.divide"(%2799, %2818) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2820 = "stablehlo.sqrt"(%2817) : (tensor<f32>) -> tensor<f32>
    %2821 = "stablehlo.sqrt"(%2807) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2822 = "stablehlo.broadcast_in_dim"(%2820) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2823 = "stablehlo.divide"(%2821, %2822) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2824 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2825 = "stablehlo.broadcast_in_dim"(%2824) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2826 = "stablehlo.add"(%2823, %2825) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2827 = "stablehlo.divide"(%2819, %2826) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2828 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2829 = "stablehlo.multiply"(%2827, %2828) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2830 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2831 = "stablehlo.multiply"(%2597, %2830) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2832 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2833 = "stablehlo.add"(%2831, %2832) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2834 = "stablehlo.broadcast_in_dim"(%2833) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2835 = "stablehlo.multiply"(%arg10, %2834) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2836 = "stablehlo.subtract"(%2835, %2829) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2840 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2841 = "stablehlo.add"(%arg112, %2840) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2842 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2843 = "stablehlo.broadcast_in_dim"(%2842) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2844 = "stablehlo.multiply"(%arg110, %2843) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2845 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2846 = "stablehlo.broadcast_in_dim"(%2845) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2847 = "stablehlo.multiply"(%2413, %2846) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2848 = "stablehlo.add"(%2844, %2847) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2849 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2850 = "stablehlo.broadcast_in_dim"(%2849) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2851 = "stablehlo.multiply"(%arg111, %2850) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2852 = "stablehlo.multiply"(%2413, %2413) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2853 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2854 = "stablehlo.broadcast_in_dim"(%2853) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2855 = "stablehlo.multiply"(%2852, %2854) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2856 = "stablehlo.add"(%2851, %2855) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2857 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2858 = "stablehlo.power"(%2857, %2841) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2859 = "stablehlo.negate"(%2858) : (tensor<f32>) -> tensor<f32>
    %2860 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2861 = "stablehlo.add"(%2859, %2860) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2862 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2863 = "stablehlo.power"(%2862, %2841) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2864 = "stablehlo.negate"(%2863) : (tensor<f32>) -> tensor<f32>
    %2865 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2866 = "stablehlo.add"(%2864, %2865) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2867 = "stablehlo.broadcast_in_dim"(%2861) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2868 = "stablehlo.divide"(%2848, %2867) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2869 = "stablehlo.sqrt"(%2866) : (tensor<f32>) -> tensor<f32>
    %2870 = "stablehlo.sqrt"(%2856) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2871 = "stablehlo.broadcast_in_dim"(%2869) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2872 = "stablehlo.divide"(%2870, %2871) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2873 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2874 = "stablehlo.broadcast_in_dim"(%2873) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2875 = "stablehlo.add"(%2872, %2874) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2876 = "stablehlo.divide"(%2868, %2875) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2877 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2878 = "stablehlo.multiply"(%2876, %2877) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2879 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2880 = "stablehlo.multiply"(%2597, %2879) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2881 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2882 = "stablehlo.add"(%2880, %2881) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2883 = "stablehlo.broadcast_in_dim"(%2882) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2884 = "stablehlo.multiply"(%arg11, %2883) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2885 = "stablehlo.subtract"(%2884, %2878) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2889 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2890 = "stablehlo.add"(%arg115, %2889) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2891 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2892 = "stablehlo.broadcast_in_dim"(%2891) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2893 = "stablehlo.multiply"(%arg113, %2892) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2894 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2895 = "stablehlo.broadcast_in_dim"(%2894) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2896 = "stablehlo.multiply"(%2415, %2895) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2897 = "stablehlo.add"(%2893, %2896) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2898 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2899 = "stablehlo.broadcast_in_dim"(%2898) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2900 = "stablehlo.multiply"(%arg114, %2899) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2901 = "stablehlo.multiply"(%2415, %2415) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2902 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2903 = "stablehlo.broadcast_in_dim"(%2902) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2904 = "stablehlo.multiply"(%2901, %2903) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2905 = "stablehlo.add"(%2900, %2904) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2906 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2907 = "stablehlo.power"(%2906, %2890) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2908 = "stablehlo.negate"(%2907) : (tensor<f32>) -> tensor<f32>
    %2909 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2910 = "stablehlo.add"(%2908, %2909) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2911 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2912 = "stablehlo.power"(%2911, %2890) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2913 = "stablehlo.negate"(%2912) : (tensor<f32>) -> tensor<f32>
    %2914 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2915 = "stablehlo.add"(%2913, %2914) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2916 = "stablehlo.broadcast_in_dim"(%2910) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2917 = "stablehlo.divide"(%2897, %2916) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2918 = "stablehlo.sqrt"(%2915) : (tensor<f32>) -> tensor<f32>
    %2919 = "stablehlo.sqrt"(%2905) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2920 = "stablehlo.broadcast_in_dim"(%2918) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2921 = "stablehlo.divide"(%2919, %2920) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2922 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2923 = "stablehlo.broadcast_in_dim"(%2922) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2924 = "stablehlo.add"(%2921, %2923) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2925 = "stablehlo.divide"(%2917, %2924) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2926 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2927 = "stablehlo.multiply"(%2925, %2926) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2928 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2929 = "stablehlo.multiply"(%2597, %2928) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2930 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2931 = "stablehlo.add"(%2929, %2930) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2932 = "stablehlo.broadcast_in_dim"(%2931) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2933 = "stablehlo.multiply"(%arg12, %2932) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2934 = "stablehlo.subtract"(%2933, %2927) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2938 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2939 = "stablehlo.add"(%arg118, %2938) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2940 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2941 = "stablehlo.broadcast_in_dim"(%2940) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2942 = "stablehlo.multiply"(%arg116, %2941) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2943 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2944 = "stablehlo.broadcast_in_dim"(%2943) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2945 = "stablehlo.multiply"(%2417, %2944) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2946 = "stablehlo.add"(%2942, %2945) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2947 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2948 = "stablehlo.broadcast_in_dim"(%2947) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2949 = "stablehlo.multiply"(%arg117, %2948) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2950 = "stablehlo.multiply"(%2417, %2417) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2951 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2952 = "stablehlo.broadcast_in_dim"(%2951) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2953 = "stablehlo.multiply"(%2950, %2952) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2954 = "stablehlo.add"(%2949, %2953) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2955 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2956 = "stablehlo.power"(%2955, %2939) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2957 = "stablehlo.negate"(%2956) : (tensor<f32>) -> tensor<f32>
    %2958 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2959 = "stablehlo.add"(%2957, %2958) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2960 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2961 = "stablehlo.power"(%2960, %2939) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2962 = "stablehlo.negate"(%2961) : (tensor<f32>) -> tensor<f32>
    %2963 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2964 = "stablehlo.add"(%2962, %2963) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2965 = "stablehlo.broadcast_in_dim"(%2959) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2966 = "stablehlo.divide"(%2946, %2965) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2967 = "stablehlo.sqrt"(%2964) : (tensor<f32>) -> tensor<f32>
    %2968 = "stablehlo.sqrt"(%2954) : (tensor<128xf32>) -> tensor<128xf32>
    %2969 = "stablehlo.broadcast_in_dim"(%2967) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2970 = "stablehlo.divide"(%2968, %2969) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2971 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2972 = "stablehlo.broadcast_in_dim"(%2971) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2973 = "stablehlo.add"(%2970, %2972) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2974 = "stablehlo.divide"(%2966, %2973) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2975 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2976 = "stablehlo.multiply"(%2974, %2975) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2977 = "stablehlo.subtract"(%arg13, %2976) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2981 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2982 = "stablehlo.add"(%arg121, %2981) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2983 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2984 = "stablehlo.broadcast_in_dim"(%2983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2985 = "stablehlo.multiply"(%arg119, %2984) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2986 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2987 = "stablehlo.broadcast_in_dim"(%2986) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2988 = "stablehlo.multiply"(%2419, %2987) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2989 = "stablehlo.add"(%2985, %2988) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2990 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2991 = "stablehlo.broadcast_in_dim"(%2990) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2992 = "stablehlo.multiply"(%arg120, %2991) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2993 = "stablehlo.multiply"(%2419, %2419) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2994 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2995 = "stablehlo.broadcast_in_dim"(%2994) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2996 = "stablehlo.multiply"(%2993, %2995) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2997 = "stablehlo.add"(%2992, %2996) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2998 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2999 = "stablehlo.power"(%2998, %2982) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3000 = "stablehlo.negate"(%2999) : (tensor<f32>) -> tensor<f32>
    %3001 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3002 = "stablehlo.add"(%3000, %3001) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3003 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3004 = "stablehlo.power"(%3003, %2982) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3005 = "stablehlo.negate"(%3004) : (tensor<f32>) -> tensor<f32>
    %3006 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3007 = "stablehlo.add"(%3005, %3006) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3008 = "stablehlo.broadcast_in_dim"(%3002) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3009 = "stablehlo.divide"(%2989, %3008) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3010 = "stablehlo.sqrt"(%3007) : (tensor<f32>) -> tensor<f32>
    %3011 = "stablehlo.sqrt"(%2997) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %3012 = "stablehlo.broadcast_in_dim"(%3010) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3013 = "stablehlo.divide"(%3011, %3012) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3014 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3015 = "stablehlo.broadcast_in_dim"(%3014) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3016 = "stablehlo.add"(%3013, %3015) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3017 = "stablehlo.divide"(%3009, %3016) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3018 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3019 = "stablehlo.multiply"(%3017, %3018) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3020 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3021 = "stablehlo.multiply"(%2597, %3020) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3022 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3023 = "stablehlo.add"(%3021, %3022) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3024 = "stablehlo.broadcast_in_dim"(%3023) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3025 = "stablehlo.multiply"(%arg14, %3024) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3026 = "stablehlo.subtract"(%3025, %3019) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3030 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3031 = "stablehlo.add"(%arg124, %3030) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3032 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3033 = "stablehlo.broadcast_in_dim"(%3032) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3034 = "stablehlo.multiply"(%arg122, %3033) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3035 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3036 = "stablehlo.broadcast_in_dim"(%3035) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3037 = "stablehlo.multiply"(%2421, %3036) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3038 = "stablehlo.add"(%3034, %3037) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3039 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3040 = "stablehlo.broadcast_in_dim"(%3039) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3041 = "stablehlo.multiply"(%arg123, %3040) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3042 = "stablehlo.multiply"(%2421, %2421) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3043 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3044 = "stablehlo.broadcast_in_dim"(%3043) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3045 = "stablehlo.multiply"(%3042, %3044) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3046 = "stablehlo.add"(%3041, %3045) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3047 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3048 = "stablehlo.power"(%3047, %3031) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3049 = "stablehlo.negate"(%3048) : (tensor<f32>) -> tensor<f32>
    %3050 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3051 = "stablehlo.add"(%3049, %3050) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3052 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3053 = "stablehlo.power"(%3052, %3031) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3054 = "stablehlo.negate"(%3053) : (tensor<f32>) -> tensor<f32>
    %3055 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3056 = "stablehlo.add"(%3054, %3055) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3057 = "stablehlo.broadcast_in_dim"(%3051) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3058 = "stablehlo.divide"(%3038, %3057) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3059 = "stablehlo.sqrt"(%3056) : (tensor<f32>) -> tensor<f32>
    %3060 = "stablehlo.sqrt"(%3046) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %3061 = "stablehlo.broadcast_in_dim"(%3059) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3062 = "stablehlo.divide"(%3060, %3061) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3063 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3064 = "stablehlo.broadcast_in_dim"(%3063) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3065 = "stablehlo.add"(%3062, %3064) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3066 = "stablehlo.divide"(%3058, %3065) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3067 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3068 = "stablehlo.multiply"(%3066, %3067) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3069 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3070 = "stablehlo.multiply"(%2597, %3069) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3071 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3072 = "stablehlo.add"(%3070, %3071) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3073 = "stablehlo.broadcast_in_dim"(%3072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3074 = "stablehlo.multiply"(%arg15, %3073) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3075 = "stablehlo.subtract"(%3074, %3068) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3079 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3080 = "stablehlo.add"(%arg127, %3079) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3081 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3082 = "stablehlo.broadcast_in_dim"(%3081) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3083 = "stablehlo.multiply"(%arg125, %3082) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3084 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3085 = "stablehlo.broadcast_in_dim"(%3084) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3086 = "stablehlo.multiply"(%2423, %3085) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3087 = "stablehlo.add"(%3083, %3086) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3088 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3089 = "stablehlo.broadcast_in_dim"(%3088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3090 = "stablehlo.multiply"(%arg126, %3089) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3091 = "stablehlo.multiply"(%2423, %2423) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3092 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3093 = "stablehlo.broadcast_in_dim"(%3092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3094 = "stablehlo.multiply"(%3091, %3093) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3095 = "stablehlo.add"(%3090, %3094) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3096 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3097 = "stablehlo.power"(%3096, %3080) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3098 = "stablehlo.negate"(%3097) : (tensor<f32>) -> tensor<f32>
    %3099 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3100 = "stablehlo.add"(%3098, %3099) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3101 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3102 = "stablehlo.power"(%3101, %3080) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3103 = "stablehlo.negate"(%3102) : (tensor<f32>) -> tensor<f32>
    %3104 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3105 = "stablehlo.add"(%3103, %3104) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3106 = "stablehlo.broadcast_in_dim"(%3100) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3107 = "stablehlo.divide"(%3087, %3106) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3108 = "stablehlo.sqrt"(%3105) : (tensor<f32>) -> tensor<f32>
    %3109 = "stablehlo.sqrt"(%3095) : (tensor<128xf32>) -> tensor<128xf32>
    %3110 = "stablehlo.broadcast_in_dim"(%3108) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3111 = "stablehlo.divide"(%3109, %3110) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3112 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3113 = "stablehlo.broadcast_in_dim"(%3112) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3114 = "stablehlo.add"(%3111, %3113) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3115 = "stablehlo.divide"(%3107, %3114) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3116 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3117 = "stablehlo.multiply"(%3115, %3116) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3118 = "stablehlo.subtract"(%arg16, %3117) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3122 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3123 = "stablehlo.add"(%arg130, %3122) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3124 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3125 = "stablehlo.broadcast_in_dim"(%3124) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3126 = "stablehlo.multiply"(%arg128, %3125) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3127 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3128 = "stablehlo.broadcast_in_dim"(%3127) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3129 = "stablehlo.multiply"(%2425, %3128) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3130 = "stablehlo.add"(%3126, %3129) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3131 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3132 = "stablehlo.broadcast_in_dim"(%3131) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3133 = "stablehlo.multiply"(%arg129, %3132) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3134 = "stablehlo.multiply"(%2425, %2425) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3135 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3136 = "stablehlo.broadcast_in_dim"(%3135) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3137 = "stablehlo.multiply"(%3134, %3136) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3138 = "stablehlo.add"(%3133, %3137) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3139 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3140 = "stablehlo.power"(%3139, %3123) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3141 = "stablehlo.negate"(%3140) : (tensor<f32>) -> tensor<f32>
    %3142 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3143 = "stablehlo.add"(%3141, %3142) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3144 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3145 = "stablehlo.power"(%3144, %3123) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3146 = "stablehlo.negate"(%3145) : (tensor<f32>) -> tensor<f32>
    %3147 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3148 = "stablehlo.add"(%3146, %3147) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3149 = "stablehlo.broadcast_in_dim"(%3143) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3150 = "stablehlo.divide"(%3130, %3149) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3151 = "stablehlo.sqrt"(%3148) : (tensor<f32>) -> tensor<f32>
    %3152 = "stablehlo.sqrt"(%3138) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3153 = "stablehlo.broadcast_in_dim"(%3151) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3154 = "stablehlo.divide"(%3152, %3153) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3155 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3156 = "stablehlo.broadcast_in_dim"(%3155) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3157 = "stablehlo.add"(%3154, %3156) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3158 = "stablehlo.divide"(%3150, %3157) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3159 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3160 = "stablehlo.multiply"(%3158, %3159) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3161 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3162 = "stablehlo.multiply"(%2597, %3161) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3163 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3164 = "stablehlo.add"(%3162, %3163) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3165 = "stablehlo.broadcast_in_dim"(%3164) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3166 = "stablehlo.multiply"(%arg17, %3165) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3167 = "stablehlo.subtract"(%3166, %3160) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3171 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3172 = "stablehlo.add"(%arg133, %3171) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3173 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3174 = "stablehlo.broadcast_in_dim"(%3173) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3175 = "stablehlo.multiply"(%arg131, %3174) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3176 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3177 = "stablehlo.broadcast_in_dim"(%3176) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3178 = "stablehlo.multiply"(%2427, %3177) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3179 = "stablehlo.add"(%3175, %3178) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3180 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3181 = "stablehlo.broadcast_in_dim"(%3180) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3182 = "stablehlo.multiply"(%arg132, %3181) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3183 = "stablehlo.multiply"(%2427, %2427) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3184 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3185 = "stablehlo.broadcast_in_dim"(%3184) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3186 = "stablehlo.multiply"(%3183, %3185) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3187 = "stablehlo.add"(%3182, %3186) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3188 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3189 = "stablehlo.power"(%3188, %3172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3190 = "stablehlo.negate"(%3189) : (tensor<f32>) -> tensor<f32>
    %3191 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3192 = "stablehlo.add"(%3190, %3191) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3193 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3194 = "stablehlo.power"(%3193, %3172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3195 = "stablehlo.negate"(%3194) : (tensor<f32>) -> tensor<f32>
    %3196 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3197 = "stablehlo.add"(%3195, %3196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3198 = "stablehlo.broadcast_in_dim"(%3192) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3199 = "stablehlo.divide"(%3179, %3198) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3200 = "stablehlo.sqrt"(%3197) : (tensor<f32>) -> tensor<f32>
    %3201 = "stablehlo.sqrt"(%3187) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3202 = "stablehlo.broadcast_in_dim"(%3200) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3203 = "stablehlo.divide"(%3201, %3202) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3204 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3205 = "stablehlo.broadcast_in_dim"(%3204) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3206 = "stablehlo.add"(%3203, %3205) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3207 = "stablehlo.divide"(%3199, %3206) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3208 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3209 = "stablehlo.multiply"(%3207, %3208) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3210 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3211 = "stablehlo.multiply"(%2597, %3210) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3212 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3213 = "stablehlo.add"(%3211, %3212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3214 = "stablehlo.broadcast_in_dim"(%3213) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3215 = "stablehlo.multiply"(%arg18, %3214) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3216 = "stablehlo.subtract"(%3215, %3209) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3220 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3221 = "stablehlo.add"(%arg136, %3220) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3222 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3223 = "stablehlo.broadcast_in_dim"(%3222) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3224 = "stablehlo.multiply"(%arg134, %3223) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3225 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3226 = "stablehlo.broadcast_in_dim"(%3225) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3227 = "stablehlo.multiply"(%2429, %3226) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3228 = "stablehlo.add"(%3224, %3227) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3229 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3230 = "stablehlo.broadcast_in_dim"(%3229) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3231 = "stablehlo.multiply"(%arg135, %3230) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3232 = "stablehlo.multiply"(%2429, %2429) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3233 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3234 = "stablehlo.broadcast_in_dim"(%3233) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3235 = "stablehlo.multiply"(%3232, %3234) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3236 = "stablehlo.add"(%3231, %3235) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3237 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3238 = "stablehlo.power"(%3237, %3221) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3239 = "stablehlo.negate"(%3238) : (tensor<f32>) -> tensor<f32>
    %3240 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3241 = "stablehlo.add"(%3239, %3240) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3242 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3243 = "stablehlo.power"(%3242, %3221) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3244 = "stablehlo.negate"(%3243) : (tensor<f32>) -> tensor<f32>
    %3245 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3246 = "stablehlo.add"(%3244, %3245) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3247 = "stablehlo.broadcast_in_dim"(%3241) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3248 = "stablehlo.divide"(%3228, %3247) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3249 = "stablehlo.sqrt"(%3246) : (tensor<f32>) -> tensor<f32>
    %3250 = "stablehlo.sqrt"(%3236) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3251 = "stablehlo.broadcast_in_dim"(%3249) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3252 = "stablehlo.divide"(%3250, %3251) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3253 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3254 = "stablehlo.broadcast_in_dim"(%3253) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3255 = "stablehlo.add"(%3252, %3254) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3256 = "stablehlo.divide"(%3248, %3255) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3257 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3258 = "stablehlo.multiply"(%3256, %3257) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3259 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3260 = "stablehlo.multiply"(%2597, %3259) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3261 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3262 = "stablehlo.add"(%3260, %3261) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3263 = "stablehlo.broadcast_in_dim"(%3262) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3264 = "stablehlo.multiply"(%arg19, %3263) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3265 = "stablehlo.subtract"(%3264, %3258) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3269 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3270 = "stablehlo.add"(%arg139, %3269) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3271 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3272 = "stablehlo.broadcast_in_dim"(%3271) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3273 = "stablehlo.multiply"(%arg137, %3272) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3274 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3275 = "stablehlo.broadcast_in_dim"(%3274) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3276 = "stablehlo.multiply"(%2431, %3275) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3277 = "stablehlo.add"(%3273, %3276) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3278 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3279 = "stablehlo.broadcast_in_dim"(%3278) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3280 = "stablehlo.multiply"(%arg138, %3279) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3281 = "stablehlo.multiply"(%2431, %2431) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3282 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3283 = "stablehlo.broadcast_in_dim"(%3282) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3284 = "stablehlo.multiply"(%3281, %3283) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3285 = "stablehlo.add"(%3280, %3284) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3286 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3287 = "stablehlo.power"(%3286, %3270) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3288 = "stablehlo.negate"(%3287) : (tensor<f32>) -> tensor<f32>
    %3289 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3290 = "stablehlo.add"(%3288, %3289) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3291 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3292 = "stablehlo.power"(%3291, %3270) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3293 = "stablehlo.negate"(%3292) : (tensor<f32>) -> tensor<f32>
    %3294 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3295 = "stablehlo.add"(%3293, %3294) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3296 = "stablehlo.broadcast_in_dim"(%3290) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3297 = "stablehlo.divide"(%3277, %3296) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3298 = "stablehlo.sqrt"(%3295) : (tensor<f32>) -> tensor<f32>
    %3299 = "stablehlo.sqrt"(%3285) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3300 = "stablehlo.broadcast_in_dim"(%3298) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3301 = "stablehlo.divide"(%3299, %3300) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3302 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3303 = "stablehlo.broadcast_in_dim"(%3302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3304 = "stablehlo.add"(%3301, %3303) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3305 = "stablehlo.divide"(%3297, %3304) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3306 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3307 = "stablehlo.multiply"(%3305, %3306) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3308 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3309 = "stablehlo.multiply"(%2597, %3308) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3310 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3311 = "stablehlo.add"(%3309, %3310) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3312 = "stablehlo.broadcast_in_dim"(%3311) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3313 = "stablehlo.multiply"(%arg20, %3312) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3314 = "stablehlo.subtract"(%3313, %3307) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3318 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3319 = "stablehlo.add"(%arg142, %3318) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3320 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3321 = "stablehlo.broadcast_in_dim"(%3320) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3322 = "stablehlo.multiply"(%arg140, %3321) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3323 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3324 = "stablehlo.broadcast_in_dim"(%3323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3325 = "stablehlo.multiply"(%2433, %3324) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3326 = "stablehlo.add"(%3322, %3325) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3327 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3328 = "stablehlo.broadcast_in_dim"(%3327) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3329 = "stablehlo.multiply"(%arg141, %3328) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3330 = "stablehlo.multiply"(%2433, %2433) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3331 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3332 = "stablehlo.broadcast_in_dim"(%3331) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3333 = "stablehlo.multiply"(%3330, %3332) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3334 = "stablehlo.add"(%3329, %3333) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3335 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3336 = "stablehlo.power"(%3335, %3319) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3337 = "stablehlo.negate"(%3336) : (tensor<f32>) -> tensor<f32>
    %3338 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3339 = "stablehlo.add"(%3337, %3338) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3340 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3341 = "stablehlo.power"(%3340, %3319) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3342 = "stablehlo.negate"(%3341) : (tensor<f32>) -> tensor<f32>
    %3343 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3344 = "stablehlo.add"(%3342, %3343) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3345 = "stablehlo.broadcast_in_dim"(%3339) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3346 = "stablehlo.divide"(%3326, %3345) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3347 = "stablehlo.sqrt"(%3344) : (tensor<f32>) -> tensor<f32>
    %3348 = "stablehlo.sqrt"(%3334) : (tensor<128xf32>) -> tensor<128xf32>
    %3349 = "stablehlo.broadcast_in_dim"(%3347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3350 = "stablehlo.divide"(%3348, %3349) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3351 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3352 = "stablehlo.broadcast_in_dim"(%3351) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3353 = "stablehlo.add"(%3350, %3352) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3354 = "stablehlo.divide"(%3346, %3353) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3355 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3356 = "stablehlo.multiply"(%3354, %3355) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3357 = "stablehlo.subtract"(%arg21, %3356) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3361 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3362 = "stablehlo.add"(%arg145, %3361) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3363 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3364 = "stablehlo.broadcast_in_dim"(%3363) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3365 = "stablehlo.multiply"(%arg143, %3364) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3366 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3367 = "stablehlo.broadcast_in_dim"(%3366) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3368 = "stablehlo.multiply"(%2435, %3367) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3369 = "stablehlo.add"(%3365, %3368) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3370 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3371 = "stablehlo.broadcast_in_dim"(%3370) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3372 = "stablehlo.multiply"(%arg144, %3371) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3373 = "stablehlo.multiply"(%2435, %2435) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3374 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3375 = "stablehlo.broadcast_in_dim"(%3374) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3376 = "stablehlo.multiply"(%3373, %3375) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3377 = "stablehlo.add"(%3372, %3376) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3378 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3379 = "stablehlo.power"(%3378, %3362) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3380 = "stablehlo.negate"(%3379) : (tensor<f32>) -> tensor<f32>
    %3381 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3382 = "stablehlo.add"(%3380, %3381) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3383 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3384 = "stablehlo.power"(%3383, %3362) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3385 = "stablehlo.negate"(%3384) : (tensor<f32>) -> tensor<f32>
    %3386 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3387 = "stablehlo.add"(%3385, %3386) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3388 = "stablehlo.broadcast_in_dim"(%3382) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3389 = "stablehlo.divide"(%3369, %3388) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3390 = "stablehlo.sqrt"(%3387) : (tensor<f32>) -> tensor<f32>
    %3391 = "stablehlo.sqrt"(%3377) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %3392 = "stablehlo.broadcast_in_dim"(%3390) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3393 = "stablehlo.divide"(%3391, %3392) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3394 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3395 = "stablehlo.broadcast_in_dim"(%3394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3396 = "stablehlo.add"(%3393, %3395) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3397 = "stablehlo.divide"(%3389, %3396) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3398 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3399 = "stablehlo.multiply"(%3397, %3398) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3400 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3401 = "stablehlo.multiply"(%2597, %3400) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3402 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3403 = "stablehlo.add"(%3401, %3402) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3404 = "stablehlo.broadcast_in_dim"(%3403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3405 = "stablehlo.multiply"(%arg22, %3404) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3406 = "stablehlo.subtract"(%3405, %3399) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3410 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3411 = "stablehlo.add"(%arg148, %3410) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3412 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3413 = "stablehlo.broadcast_in_dim"(%3412) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3414 = "stablehlo.multiply"(%arg146, %3413) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3415 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3416 = "stablehlo.broadcast_in_dim"(%3415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3417 = "stablehlo.multiply"(%2437, %3416) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3418 = "stablehlo.add"(%3414, %3417) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3419 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3420 = "stablehlo.broadcast_in_dim"(%3419) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3421 = "stablehlo.multiply"(%arg147, %3420) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3422 = "stablehlo.multiply"(%2437, %2437) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3423 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3424 = "stablehlo.broadcast_in_dim"(%3423) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3425 = "stablehlo.multiply"(%3422, %3424) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3426 = "stablehlo.add"(%3421, %3425) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3427 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3428 = "stablehlo.power"(%3427, %3411) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3429 = "stablehlo.negate"(%3428) : (tensor<f32>) -> tensor<f32>
    %3430 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3431 = "stablehlo.add"(%3429, %3430) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3432 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3433 = "stablehlo.power"(%3432, %3411) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3434 = "stablehlo.negate"(%3433) : (tensor<f32>) -> tensor<f32>
    %3435 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3436 = "stablehlo.add"(%3434, %3435) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3437 = "stablehlo.broadcast_in_dim"(%3431) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3438 = "stablehlo.divide"(%3418, %3437) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3439 = "stablehlo.sqrt"(%3436) : (tensor<f32>) -> tensor<f32>
    %3440 = "stablehlo.sqrt"(%3426) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %3441 = "stablehlo.broadcast_in_dim"(%3439) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3442 = "stablehlo.divide"(%3440, %3441) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3443 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3444 = "stablehlo.broadcast_in_dim"(%3443) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3445 = "stablehlo.add"(%3442, %3444) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3446 = "stablehlo.divide"(%3438, %3445) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3447 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3448 = "stablehlo.multiply"(%3446, %3447) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3449 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3450 = "stablehlo.multiply"(%2597, %3449) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3451 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3452 = "stablehlo.add"(%3450, %3451) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3453 = "stablehlo.broadcast_in_dim"(%3452) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3454 = "stablehlo.multiply"(%arg23, %3453) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3455 = "stablehlo.subtract"(%3454, %3448) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3459 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3460 = "stablehlo.add"(%arg151, %3459) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3461 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3462 = "stablehlo.broadcast_in_dim"(%3461) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3463 = "stablehlo.multiply"(%arg149, %3462) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3464 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3465 = "stablehlo.broadcast_in_dim"(%3464) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3466 = "stablehlo.multiply"(%2439, %3465) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3467 = "stablehlo.add"(%3463, %3466) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3468 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3469 = "stablehlo.broadcast_in_dim"(%3468) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3470 = "stablehlo.multiply"(%arg150, %3469) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3471 = "stablehlo.multiply"(%2439, %2439) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3472 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3473 = "stablehlo.broadcast_in_dim"(%3472) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3474 = "stablehlo.multiply"(%3471, %3473) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3475 = "stablehlo.add"(%3470, %3474) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3476 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3477 = "stablehlo.power"(%3476, %3460) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3478 = "stablehlo.negate"(%3477) : (tensor<f32>) -> tensor<f32>
    %3479 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3480 = "stablehlo.add"(%3478, %3479) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3481 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3482 = "stablehlo.power"(%3481, %3460) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3483 = "stablehlo.negate"(%3482) : (tensor<f32>) -> tensor<f32>
    %3484 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3485 = "stablehlo.add"(%3483, %3484) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3486 = "stablehlo.broadcast_in_dim"(%3480) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3487 = "stablehlo.divide"(%3467, %3486) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3488 = "stablehlo.sqrt"(%3485) : (tensor<f32>) -> tensor<f32>
    %3489 = "stablehlo.sqrt"(%3475) : (tensor<128xf32>) -> tensor<128xf32>
    %3490 = "stablehlo.broadcast_in_dim"(%3488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3491 = "stablehlo.divide"(%3489, %3490) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3492 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3493 = "stablehlo.broadcast_in_dim"(%3492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3494 = "stablehlo.add"(%3491, %3493) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3495 = "stablehlo.divide"(%3487, %3494) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3496 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3497 = "stablehlo.multiply"(%3495, %3496) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3498 = "stablehlo.subtract"(%arg24, %3497) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3502 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3503 = "stablehlo.add"(%arg154, %3502) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3504 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3505 = "stablehlo.broadcast_in_dim"(%3504) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3506 = "stablehlo.multiply"(%arg152, %3505) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3507 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3508 = "stablehlo.broadcast_in_dim"(%3507) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3509 = "stablehlo.multiply"(%2441, %3508) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3510 = "stablehlo.add"(%3506, %3509) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3511 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3512 = "stablehlo.broadcast_in_dim"(%3511) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3513 = "stablehlo.multiply"(%arg153, %3512) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3514 = "stablehlo.multiply"(%2441, %2441) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3515 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3516 = "stablehlo.broadcast_in_dim"(%3515) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3517 = "stablehlo.multiply"(%3514, %3516) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3518 = "stablehlo.add"(%3513, %3517) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3519 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3520 = "stablehlo.power"(%3519, %3503) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3521 = "stablehlo.negate"(%3520) : (tensor<f32>) -> tensor<f32>
    %3522 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3523 = "stablehlo.add"(%3521, %3522) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3524 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3525 = "stablehlo.power"(%3524, %3503) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3526 = "stablehlo.negate"(%3525) : (tensor<f32>) -> tensor<f32>
    %3527 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3528 = "stablehlo.add"(%3526, %3527) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3529 = "stablehlo.broadcast_in_dim"(%3523) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3530 = "stablehlo.divide"(%3510, %3529) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3531 = "stablehlo.sqrt"(%3528) : (tensor<f32>) -> tensor<f32>
    %3532 = "stablehlo.sqrt"(%3518) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3533 = "stablehlo.broadcast_in_dim"(%3531) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3534 = "stablehlo.divide"(%3532, %3533) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3535 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3536 = "stablehlo.broadcast_in_dim"(%3535) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3537 = "stablehlo.add"(%3534, %3536) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3538 = "stablehlo.divide"(%3530, %3537) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3539 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3540 = "stablehlo.multiply"(%3538, %3539) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3541 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3542 = "stablehlo.multiply"(%2597, %3541) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3543 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3544 = "stablehlo.add"(%3542, %3543) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3545 = "stablehlo.broadcast_in_dim"(%3544) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3546 = "stablehlo.multiply"(%arg25, %3545) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3547 = "stablehlo.subtract"(%3546, %3540) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3551 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3552 = "stablehlo.add"(%arg157, %3551) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3553 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3554 = "stablehlo.broadcast_in_dim"(%3553) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3555 = "stablehlo.multiply"(%arg155, %3554) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3556 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3557 = "stablehlo.broadcast_in_dim"(%3556) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3558 = "stablehlo.multiply"(%2443, %3557) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3559 = "stablehlo.add"(%3555, %3558) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3560 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3561 = "stablehlo.broadcast_in_dim"(%3560) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3562 = "stablehlo.multiply"(%arg156, %3561) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3563 = "stablehlo.multiply"(%2443, %2443) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3564 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3565 = "stablehlo.broadcast_in_dim"(%3564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3566 = "stablehlo.multiply"(%3563, %3565) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3567 = "stablehlo.add"(%3562, %3566) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3568 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3569 = "stablehlo.power"(%3568, %3552) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3570 = "stablehlo.negate"(%3569) : (tensor<f32>) -> tensor<f32>
    %3571 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3572 = "stablehlo.add"(%3570, %3571) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3573 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3574 = "stablehlo.power"(%3573, %3552) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3575 = "stablehlo.negate"(%3574) : (tensor<f32>) -> tensor<f32>
    %3576 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3577 = "stablehlo.add"(%3575, %3576) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3578 = "stablehlo.broadcast_in_dim"(%3572) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3579 = "stablehlo.divide"(%3559, %3578) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3580 = "stablehlo.sqrt"(%3577) : (tensor<f32>) -> tensor<f32>
    %3581 = "stablehlo.sqrt"(%3567) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3582 = "stablehlo.broadcast_in_dim"(%3580) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3583 = "stablehlo.divide"(%3581, %3582) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3584 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3585 = "stablehlo.broadcast_in_dim"(%3584) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3586 = "stablehlo.add"(%3583, %3585) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3587 = "stablehlo.divide"(%3579, %3586) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3588 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3589 = "stablehlo.multiply"(%3587, %3588) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3590 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3591 = "stablehlo.multiply"(%2597, %3590) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3592 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3593 = "stablehlo.add"(%3591, %3592) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3594 = "stablehlo.broadcast_in_dim"(%3593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3595 = "stablehlo.multiply"(%arg26, %3594) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3596 = "stablehlo.subtract"(%3595, %3589) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3600 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3601 = "stablehlo.add"(%arg160, %3600) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3602 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3603 = "stablehlo.broadcast_in_dim"(%3602) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3604 = "stablehlo.multiply"(%arg158, %3603) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3605 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3606 = "stablehlo.broadcast_in_dim"(%3605) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3607 = "stablehlo.multiply"(%2445, %3606) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3608 = "stablehlo.add"(%3604, %3607) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3609 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3610 = "stablehlo.broadcast_in_dim"(%3609) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3611 = "stablehlo.multiply"(%arg159, %3610) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3612 = "stablehlo.multiply"(%2445, %2445) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3613 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3614 = "stablehlo.broadcast_in_dim"(%3613) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3615 = "stablehlo.multiply"(%3612, %3614) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3616 = "stablehlo.add"(%3611, %3615) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3617 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3618 = "stablehlo.power"(%3617, %3601) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3619 = "stablehlo.negate"(%3618) : (tensor<f32>) -> tensor<f32>
    %3620 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3621 = "stablehlo.add"(%3619, %3620) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3622 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3623 = "stablehlo.power"(%3622, %3601) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3624 = "stablehlo.negate"(%3623) : (tensor<f32>) -> tensor<f32>
    %3625 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3626 = "stablehlo.add"(%3624, %3625) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3627 = "stablehlo.broadcast_in_dim"(%3621) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3628 = "stablehlo.divide"(%3608, %3627) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3629 = "stablehlo.sqrt"(%3626) : (tensor<f32>) -> tensor<f32>
    %3630 = "stablehlo.sqrt"(%3616) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3631 = "stablehlo.broadcast_in_dim"(%3629) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3632 = "stablehlo.divide"(%3630, %3631) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3633 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3634 = "stablehlo.broadcast_in_dim"(%3633) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3635 = "stablehlo.add"(%3632, %3634) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3636 = "stablehlo.divide"(%3628, %3635) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3637 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3638 = "stablehlo.multiply"(%3636, %3637) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3639 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3640 = "stablehlo.multiply"(%2597, %3639) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3641 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3642 = "stablehlo.add"(%3640, %3641) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3643 = "stablehlo.broadcast_in_dim"(%3642) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3644 = "stablehlo.multiply"(%arg27, %3643) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3645 = "stablehlo.subtract"(%3644, %3638) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3649 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3650 = "stablehlo.add"(%arg163, %3649) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3651 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3652 = "stablehlo.broadcast_in_dim"(%3651) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3653 = "stablehlo.multiply"(%arg161, %3652) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3654 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3655 = "stablehlo.broadcast_in_dim"(%3654) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3656 = "stablehlo.multiply"(%2447, %3655) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3657 = "stablehlo.add"(%3653, %3656) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3658 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3659 = "stablehlo.broadcast_in_dim"(%3658) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3660 = "stablehlo.multiply"(%arg162, %3659) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3661 = "stablehlo.multiply"(%2447, %2447) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3662 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3663 = "stablehlo.broadcast_in_dim"(%3662) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3664 = "stablehlo.multiply"(%3661, %3663) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3665 = "stablehlo.add"(%3660, %3664) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3666 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3667 = "stablehlo.power"(%3666, %3650) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3668 = "stablehlo.negate"(%3667) : (tensor<f32>) -> tensor<f32>
    %3669 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3670 = "stablehlo.add"(%3668, %3669) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3671 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3672 = "stablehlo.power"(%3671, %3650) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3673 = "stablehlo.negate"(%3672) : (tensor<f32>) -> tensor<f32>
    %3674 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3675 = "stablehlo.add"(%3673, %3674) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3676 = "stablehlo.broadcast_in_dim"(%3670) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3677 = "stablehlo.divide"(%3657, %3676) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3678 = "stablehlo.sqrt"(%3675) : (tensor<f32>) -> tensor<f32>
    %3679 = "stablehlo.sqrt"(%3665) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3680 = "stablehlo.broadcast_in_dim"(%3678) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3681 = "stablehlo.divide"(%3679, %3680) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3682 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3683 = "stablehlo.broadcast_in_dim"(%3682) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3684 = "stablehlo.add"(%3681, %3683) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3685 = "stablehlo.divide"(%3677, %3684) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3686 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3687 = "stablehlo.multiply"(%3685, %3686) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3688 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3689 = "stablehlo.multiply"(%2597, %3688) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3690 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3691 = "stablehlo.add"(%3689, %3690) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3692 = "stablehlo.broadcast_in_dim"(%3691) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3693 = "stablehlo.multiply"(%arg28, %3692) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3694 = "stablehlo.subtract"(%3693, %3687) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3698 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3699 = "stablehlo.add"(%arg166, %3698) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3700 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3701 = "stablehlo.broadcast_in_dim"(%3700) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3702 = "stablehlo.multiply"(%arg164, %3701) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3703 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3704 = "stablehlo.broadcast_in_dim"(%3703) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3705 = "stablehlo.multiply"(%2449, %3704) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3706 = "stablehlo.add"(%3702, %3705) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3707 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3708 = "stablehlo.broadcast_in_dim"(%3707) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3709 = "stablehlo.multiply"(%arg165, %3708) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3710 = "stablehlo.multiply"(%2449, %2449) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3711 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3712 = "stablehlo.broadcast_in_dim"(%3711) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3713 = "stablehlo.multiply"(%3710, %3712) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3714 = "stablehlo.add"(%3709, %3713) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3715 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3716 = "stablehlo.power"(%3715, %3699) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3717 = "stablehlo.negate"(%3716) : (tensor<f32>) -> tensor<f32>
    %3718 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3719 = "stablehlo.add"(%3717, %3718) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3720 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3721 = "stablehlo.power"(%3720, %3699) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3722 = "stablehlo.negate"(%3721) : (tensor<f32>) -> tensor<f32>
    %3723 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3724 = "stablehlo.add"(%3722, %3723) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3725 = "stablehlo.broadcast_in_dim"(%3719) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3726 = "stablehlo.divide"(%3706, %3725) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3727 = "stablehlo.sqrt"(%3724) : (tensor<f32>) -> tensor<f32>
    %3728 = "stablehlo.sqrt"(%3714) : (tensor<128xf32>) -> tensor<128xf32>
    %3729 = "stablehlo.broadcast_in_dim"(%3727) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3730 = "stablehlo.divide"(%3728, %3729) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3731 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3732 = "stablehlo.broadcast_in_dim"(%3731) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3733 = "stablehlo.add"(%3730, %3732) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3734 = "stablehlo.divide"(%3726, %3733) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3735 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3736 = "stablehlo.multiply"(%3734, %3735) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3737 = "stablehlo.subtract"(%arg29, %3736) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3741 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3742 = "stablehlo.add"(%arg169, %3741) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3743 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3744 = "stablehlo.broadcast_in_dim"(%3743) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3745 = "stablehlo.multiply"(%arg167, %3744) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3746 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3747 = "stablehlo.broadcast_in_dim"(%3746) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3748 = "stablehlo.multiply"(%2451, %3747) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3749 = "stablehlo.add"(%3745, %3748) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3750 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3751 = "stablehlo.broadcast_in_dim"(%3750) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3752 = "stablehlo.multiply"(%arg168, %3751) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3753 = "stablehlo.multiply"(%2451, %2451) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3754 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3755 = "stablehlo.broadcast_in_dim"(%3754) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3756 = "stablehlo.multiply"(%3753, %3755) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3757 = "stablehlo.add"(%3752, %3756) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3758 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3759 = "stablehlo.power"(%3758, %3742) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3760 = "stablehlo.negate"(%3759) : (tensor<f32>) -> tensor<f32>
    %3761 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3762 = "stablehlo.add"(%3760, %3761) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3763 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3764 = "stablehlo.power"(%3763, %3742) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3765 = "stablehlo.negate"(%3764) : (tensor<f32>) -> tensor<f32>
    %3766 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3767 = "stablehlo.add"(%3765, %3766) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3768 = "stablehlo.broadcast_in_dim"(%3762) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3769 = "stablehlo.divide"(%3749, %3768) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3770 = "stablehlo.sqrt"(%3767) : (tensor<f32>) -> tensor<f32>
    %3771 = "stablehlo.sqrt"(%3757) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %3772 = "stablehlo.broadcast_in_dim"(%3770) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3773 = "stablehlo.divide"(%3771, %3772) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3774 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3775 = "stablehlo.broadcast_in_dim"(%3774) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3776 = "stablehlo.add"(%3773, %3775) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3777 = "stablehlo.divide"(%3769, %3776) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3778 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3779 = "stablehlo.multiply"(%3777, %3778) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3780 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3781 = "stablehlo.multiply"(%2597, %3780) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3782 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3783 = "stablehlo.add"(%3781, %3782) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3784 = "stablehlo.broadcast_in_dim"(%3783) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3785 = "stablehlo.multiply"(%arg30, %3784) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3786 = "stablehlo.subtract"(%3785, %3779) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3790 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3791 = "stablehlo.add"(%arg172, %3790) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3792 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3793 = "stablehlo.broadcast_in_dim"(%3792) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3794 = "stablehlo.multiply"(%arg170, %3793) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3795 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3796 = "stablehlo.broadcast_in_dim"(%3795) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3797 = "stablehlo.multiply"(%2453, %3796) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3798 = "stablehlo.add"(%3794, %3797) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3799 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3800 = "stablehlo.broadcast_in_dim"(%3799) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3801 = "stablehlo.multiply"(%arg171, %3800) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3802 = "stablehlo.multiply"(%2453, %2453) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3803 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3804 = "stablehlo.broadcast_in_dim"(%3803) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3805 = "stablehlo.multiply"(%3802, %3804) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3806 = "stablehlo.add"(%3801, %3805) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3807 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3808 = "stablehlo.power"(%3807, %3791) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3809 = "stablehlo.negate"(%3808) : (tensor<f32>) -> tensor<f32>
    %3810 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3811 = "stablehlo.add"(%3809, %3810) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3812 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3813 = "stablehlo.power"(%3812, %3791) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3814 = "stablehlo.negate"(%3813) : (tensor<f32>) -> tensor<f32>
    %3815 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3816 = "stablehlo.add"(%3814, %3815) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3817 = "stablehlo.broadcast_in_dim"(%3811) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3818 = "stablehlo.divide"(%3798, %3817) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3819 = "stablehlo.sqrt"(%3816) : (tensor<f32>) -> tensor<f32>
    %3820 = "stablehlo.sqrt"(%3806) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %3821 = "stablehlo.broadcast_in_dim"(%3819) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3822 = "stablehlo.divide"(%3820, %3821) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3823 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3824 = "stablehlo.broadcast_in_dim"(%3823) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3825 = "stablehlo.add"(%3822, %3824) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3826 = "stablehlo.divide"(%3818, %3825) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3827 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3828 = "stablehlo.multiply"(%3826, %3827) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3829 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3830 = "stablehlo.multiply"(%2597, %3829) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3831 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3832 = "stablehlo.add"(%3830, %3831) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3833 = "stablehlo.broadcast_in_dim"(%3832) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3834 = "stablehlo.multiply"(%arg31, %3833) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3835 = "stablehlo.subtract"(%3834, %3828) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3839 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3840 = "stablehlo.add"(%arg175, %3839) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3841 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3842 = "stablehlo.broadcast_in_dim"(%3841) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3843 = "stablehlo.multiply"(%arg173, %3842) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3844 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3845 = "stablehlo.broadcast_in_dim"(%3844) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3846 = "stablehlo.multiply"(%2455, %3845) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3847 = "stablehlo.add"(%3843, %3846) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3848 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3849 = "stablehlo.broadcast_in_dim"(%3848) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3850 = "stablehlo.multiply"(%arg174, %3849) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3851 = "stablehlo.multiply"(%2455, %2455) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3852 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3853 = "stablehlo.broadcast_in_dim"(%3852) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3854 = "stablehlo.multiply"(%3851, %3853) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3855 = "stablehlo.add"(%3850, %3854) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3856 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3857 = "stablehlo.power"(%3856, %3840) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3858 = "stablehlo.negate"(%3857) : (tensor<f32>) -> tensor<f32>
    %3859 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3860 = "stablehlo.add"(%3858, %3859) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3861 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3862 = "stablehlo.power"(%3861, %3840) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3863 = "stablehlo.negate"(%3862) : (tensor<f32>) -> tensor<f32>
    %3864 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3865 = "stablehlo.add"(%3863, %3864) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3866 = "stablehlo.broadcast_in_dim"(%3860) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3867 = "stablehlo.divide"(%3847, %3866) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3868 = "stablehlo.sqrt"(%3865) : (tensor<f32>) -> tensor<f32>
    %3869 = "stablehlo.sqrt"(%3855) : (tensor<128xf32>) -> tensor<128xf32>
    %3870 = "stablehlo.broadcast_in_dim"(%3868) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3871 = "stablehlo.divide"(%3869, %3870) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3872 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3873 = "stablehlo.broadcast_in_dim"(%3872) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3874 = "stablehlo.add"(%3871, %3873) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3875 = "stablehlo.divide"(%3867, %3874) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3876 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3877 = "stablehlo.multiply"(%3875, %3876) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3878 = "stablehlo.subtract"(%arg32, %3877) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3882 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3883 = "stablehlo.add"(%arg178, %3882) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3884 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3885 = "stablehlo.broadcast_in_dim"(%3884) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3886 = "stablehlo.multiply"(%arg176, %3885) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3887 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3888 = "stablehlo.broadcast_in_dim"(%3887) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3889 = "stablehlo.multiply"(%2457, %3888) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3890 = "stablehlo.add"(%3886, %3889) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3891 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3892 = "stablehlo.broadcast_in_dim"(%3891) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3893 = "stablehlo.multiply"(%arg177, %3892) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3894 = "stablehlo.multiply"(%2457, %2457) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3895 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3896 = "stablehlo.broadcast_in_dim"(%3895) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3897 = "stablehlo.multiply"(%3894, %3896) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3898 = "stablehlo.add"(%3893, %3897) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3899 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3900 = "stablehlo.power"(%3899, %3883) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3901 = "stablehlo.negate"(%3900) : (tensor<f32>) -> tensor<f32>
    %3902 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3903 = "stablehlo.add"(%3901, %3902) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3904 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3905 = "stablehlo.power"(%3904, %3883) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3906 = "stablehlo.negate"(%3905) : (tensor<f32>) -> tensor<f32>
    %3907 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3908 = "stablehlo.add"(%3906, %3907) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3909 = "stablehlo.broadcast_in_dim"(%3903) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3910 = "stablehlo.divide"(%3890, %3909) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3911 = "stablehlo.sqrt"(%3908) : (tensor<f32>) -> tensor<f32>
    %3912 = "stablehlo.sqrt"(%3898) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3913 = "stablehlo.broadcast_in_dim"(%3911) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3914 = "stablehlo.divide"(%3912, %3913) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3915 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3916 = "stablehlo.broadcast_in_dim"(%3915) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3917 = "stablehlo.add"(%3914, %3916) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3918 = "stablehlo.divide"(%3910, %3917) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3919 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3920 = "stablehlo.multiply"(%3918, %3919) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3921 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3922 = "stablehlo.multiply"(%2597, %3921) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3923 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3924 = "stablehlo.add"(%3922, %3923) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3925 = "stablehlo.broadcast_in_dim"(%3924) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3926 = "stablehlo.multiply"(%arg33, %3925) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3927 = "stablehlo.subtract"(%3926, %3920) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3931 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3932 = "stablehlo.add"(%arg181, %3931) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3933 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3934 = "stablehlo.broadcast_in_dim"(%3933) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3935 = "stablehlo.multiply"(%arg179, %3934) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3936 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3937 = "stablehlo.broadcast_in_dim"(%3936) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3938 = "stablehlo.multiply"(%2459, %3937) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3939 = "stablehlo.add"(%3935, %3938) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3940 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3941 = "stablehlo.broadcast_in_dim"(%3940) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3942 = "stablehlo.multiply"(%arg180, %3941) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3943 = "stablehlo.multiply"(%2459, %2459) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3944 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3945 = "stablehlo.broadcast_in_dim"(%3944) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3946 = "stablehlo.multiply"(%3943, %3945) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3947 = "stablehlo.add"(%3942, %3946) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3948 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3949 = "stablehlo.power"(%3948, %3932) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3950 = "stablehlo.negate"(%3949) : (tensor<f32>) -> tensor<f32>
    %3951 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3952 = "stablehlo.add"(%3950, %3951) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3953 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3954 = "stablehlo.power"(%3953, %3932) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3955 = "stablehlo.negate"(%3954) : (tensor<f32>) -> tensor<f32>
    %3956 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3957 = "stablehlo.add"(%3955, %3956) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3958 = "stablehlo.broadcast_in_dim"(%3952) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3959 = "stablehlo.divide"(%3939, %3958) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3960 = "stablehlo.sqrt"(%3957) : (tensor<f32>) -> tensor<f32>
    %3961 = "stablehlo.sqrt"(%3947) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3962 = "stablehlo.broadcast_in_dim"(%3960) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3963 = "stablehlo.divide"(%3961, %3962) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3964 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3965 = "stablehlo.broadcast_in_dim"(%3964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3966 = "stablehlo.add"(%3963, %3965) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3967 = "stablehlo.divide"(%3959, %3966) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3968 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3969 = "stablehlo.multiply"(%3967, %3968) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3970 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3971 = "stablehlo.multiply"(%2597, %3970) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3972 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3973 = "stablehlo.add"(%3971, %3972) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3974 = "stablehlo.broadcast_in_dim"(%3973) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3975 = "stablehlo.multiply"(%arg34, %3974) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3976 = "stablehlo.subtract"(%3975, %3969) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3980 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3981 = "stablehlo.add"(%arg184, %3980) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3982 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3983 = "stablehlo.broadcast_in_dim"(%3982) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3984 = "stablehlo.multiply"(%arg182, %3983) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3985 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3986 = "stablehlo.broadcast_in_dim"(%3985) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3987 = "stablehlo.multiply"(%2461, %3986) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3988 = "stablehlo.add"(%3984, %3987) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3989 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3990 = "stablehlo.broadcast_in_dim"(%3989) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3991 = "stablehlo.multiply"(%arg183, %3990) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3992 = "stablehlo.multiply"(%2461, %2461) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3993 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3994 = "stablehlo.broadcast_in_dim"(%3993) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3995 = "stablehlo.multiply"(%3992, %3994) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3996 = "stablehlo.add"(%3991, %3995) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3997 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3998 = "stablehlo.power"(%3997, %3981) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3999 = "stablehlo.negate"(%3998) : (tensor<f32>) -> tensor<f32>
    %4000 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4001 = "stablehlo.add"(%3999, %4000) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4002 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4003 = "stablehlo.power"(%4002, %3981) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4004 = "stablehlo.negate"(%4003) : (tensor<f32>) -> tensor<f32>
    %4005 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4006 = "stablehlo.add"(%4004, %4005) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4007 = "stablehlo.broadcast_in_dim"(%4001) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4008 = "stablehlo.divide"(%3988, %4007) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4009 = "stablehlo.sqrt"(%4006) : (tensor<f32>) -> tensor<f32>
    %4010 = "stablehlo.sqrt"(%3996) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4011 = "stablehlo.broadcast_in_dim"(%4009) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4012 = "stablehlo.divide"(%4010, %4011) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4013 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4014 = "stablehlo.broadcast_in_dim"(%4013) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4015 = "stablehlo.add"(%4012, %4014) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4016 = "stablehlo.divide"(%4008, %4015) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4017 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4018 = "stablehlo.multiply"(%4016, %4017) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4019 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4020 = "stablehlo.multiply"(%2597, %4019) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4021 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4022 = "stablehlo.add"(%4020, %4021) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4023 = "stablehlo.broadcast_in_dim"(%4022) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4024 = "stablehlo.multiply"(%arg35, %4023) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4025 = "stablehlo.subtract"(%4024, %4018) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4029 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4030 = "stablehlo.add"(%arg187, %4029) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4031 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4032 = "stablehlo.broadcast_in_dim"(%4031) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4033 = "stablehlo.multiply"(%arg185, %4032) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4034 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4035 = "stablehlo.broadcast_in_dim"(%4034) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4036 = "stablehlo.multiply"(%2463, %4035) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4037 = "stablehlo.add"(%4033, %4036) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4038 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4039 = "stablehlo.broadcast_in_dim"(%4038) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4040 = "stablehlo.multiply"(%arg186, %4039) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4041 = "stablehlo.multiply"(%2463, %2463) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4042 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4043 = "stablehlo.broadcast_in_dim"(%4042) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4044 = "stablehlo.multiply"(%4041, %4043) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4045 = "stablehlo.add"(%4040, %4044) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4046 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4047 = "stablehlo.power"(%4046, %4030) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4048 = "stablehlo.negate"(%4047) : (tensor<f32>) -> tensor<f32>
    %4049 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4050 = "stablehlo.add"(%4048, %4049) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4051 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4052 = "stablehlo.power"(%4051, %4030) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4053 = "stablehlo.negate"(%4052) : (tensor<f32>) -> tensor<f32>
    %4054 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4055 = "stablehlo.add"(%4053, %4054) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4056 = "stablehlo.broadcast_in_dim"(%4050) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4057 = "stablehlo.divide"(%4037, %4056) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4058 = "stablehlo.sqrt"(%4055) : (tensor<f32>) -> tensor<f32>
    %4059 = "stablehlo.sqrt"(%4045) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4060 = "stablehlo.broadcast_in_dim"(%4058) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4061 = "stablehlo.divide"(%4059, %4060) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4062 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4063 = "stablehlo.broadcast_in_dim"(%4062) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4064 = "stablehlo.add"(%4061, %4063) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4065 = "stablehlo.divide"(%4057, %4064) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4066 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4067 = "stablehlo.multiply"(%4065, %4066) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4068 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4069 = "stablehlo.multiply"(%2597, %4068) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4070 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4071 = "stablehlo.add"(%4069, %4070) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4072 = "stablehlo.broadcast_in_dim"(%4071) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4073 = "stablehlo.multiply"(%arg36, %4072) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4074 = "stablehlo.subtract"(%4073, %4067) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4078 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4079 = "stablehlo.add"(%arg190, %4078) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4080 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4081 = "stablehlo.broadcast_in_dim"(%4080) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4082 = "stablehlo.multiply"(%arg188, %4081) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4083 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4084 = "stablehlo.broadcast_in_dim"(%4083) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4085 = "stablehlo.multiply"(%2465, %4084) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4086 = "stablehlo.add"(%4082, %4085) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4087 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4088 = "stablehlo.broadcast_in_dim"(%4087) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4089 = "stablehlo.multiply"(%arg189, %4088) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4090 = "stablehlo.multiply"(%2465, %2465) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4091 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4092 = "stablehlo.broadcast_in_dim"(%4091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4093 = "stablehlo.multiply"(%4090, %4092) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4094 = "stablehlo.add"(%4089, %4093) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4095 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4096 = "stablehlo.power"(%4095, %4079) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4097 = "stablehlo.negate"(%4096) : (tensor<f32>) -> tensor<f32>
    %4098 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4099 = "stablehlo.add"(%4097, %4098) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4100 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4101 = "stablehlo.power"(%4100, %4079) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4102 = "stablehlo.negate"(%4101) : (tensor<f32>) -> tensor<f32>
    %4103 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4104 = "stablehlo.add"(%4102, %4103) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4105 = "stablehlo.broadcast_in_dim"(%4099) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4106 = "stablehlo.divide"(%4086, %4105) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4107 = "stablehlo.sqrt"(%4104) : (tensor<f32>) -> tensor<f32>
    %4108 = "stablehlo.sqrt"(%4094) : (tensor<128xf32>) -> tensor<128xf32>
    %4109 = "stablehlo.broadcast_in_dim"(%4107) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4110 = "stablehlo.divide"(%4108, %4109) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4111 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4112 = "stablehlo.broadcast_in_dim"(%4111) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4113 = "stablehlo.add"(%4110, %4112) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4114 = "stablehlo.divide"(%4106, %4113) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4115 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4116 = "stablehlo.multiply"(%4114, %4115) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4117 = "stablehlo.subtract"(%arg37, %4116) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4121 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4122 = "stablehlo.add"(%arg193, %4121) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4123 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4124 = "stablehlo.broadcast_in_dim"(%4123) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4125 = "stablehlo.multiply"(%arg191, %4124) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4126 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4127 = "stablehlo.broadcast_in_dim"(%4126) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4128 = "stablehlo.multiply"(%2467, %4127) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4129 = "stablehlo.add"(%4125, %4128) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4130 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4131 = "stablehlo.broadcast_in_dim"(%4130) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4132 = "stablehlo.multiply"(%arg192, %4131) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4133 = "stablehlo.multiply"(%2467, %2467) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4134 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4135 = "stablehlo.broadcast_in_dim"(%4134) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4136 = "stablehlo.multiply"(%4133, %4135) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4137 = "stablehlo.add"(%4132, %4136) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4138 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4139 = "stablehlo.power"(%4138, %4122) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4140 = "stablehlo.negate"(%4139) : (tensor<f32>) -> tensor<f32>
    %4141 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4142 = "stablehlo.add"(%4140, %4141) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4143 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4144 = "stablehlo.power"(%4143, %4122) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4145 = "stablehlo.negate"(%4144) : (tensor<f32>) -> tensor<f32>
    %4146 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4147 = "stablehlo.add"(%4145, %4146) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4148 = "stablehlo.broadcast_in_dim"(%4142) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4149 = "stablehlo.divide"(%4129, %4148) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4150 = "stablehlo.sqrt"(%4147) : (tensor<f32>) -> tensor<f32>
    %4151 = "stablehlo.sqrt"(%4137) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %4152 = "stablehlo.broadcast_in_dim"(%4150) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4153 = "stablehlo.divide"(%4151, %4152) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4154 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4155 = "stablehlo.broadcast_in_dim"(%4154) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4156 = "stablehlo.add"(%4153, %4155) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4157 = "stablehlo.divide"(%4149, %4156) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4158 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4159 = "stablehlo.multiply"(%4157, %4158) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4160 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4161 = "stablehlo.multiply"(%2597, %4160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4162 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4163 = "stablehlo.add"(%4161, %4162) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4164 = "stablehlo.broadcast_in_dim"(%4163) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4165 = "stablehlo.multiply"(%arg38, %4164) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4166 = "stablehlo.subtract"(%4165, %4159) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4170 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4171 = "stablehlo.add"(%arg196, %4170) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4172 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4173 = "stablehlo.broadcast_in_dim"(%4172) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4174 = "stablehlo.multiply"(%arg194, %4173) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4175 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4176 = "stablehlo.broadcast_in_dim"(%4175) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4177 = "stablehlo.multiply"(%2469, %4176) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4178 = "stablehlo.add"(%4174, %4177) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4179 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4180 = "stablehlo.broadcast_in_dim"(%4179) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4181 = "stablehlo.multiply"(%arg195, %4180) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4182 = "stablehlo.multiply"(%2469, %2469) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4183 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4184 = "stablehlo.broadcast_in_dim"(%4183) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4185 = "stablehlo.multiply"(%4182, %4184) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4186 = "stablehlo.add"(%4181, %4185) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4187 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4188 = "stablehlo.power"(%4187, %4171) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4189 = "stablehlo.negate"(%4188) : (tensor<f32>) -> tensor<f32>
    %4190 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4191 = "stablehlo.add"(%4189, %4190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4192 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4193 = "stablehlo.power"(%4192, %4171) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4194 = "stablehlo.negate"(%4193) : (tensor<f32>) -> tensor<f32>
    %4195 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4196 = "stablehlo.add"(%4194, %4195) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4197 = "stablehlo.broadcast_in_dim"(%4191) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4198 = "stablehlo.divide"(%4178, %4197) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4199 = "stablehlo.sqrt"(%4196) : (tensor<f32>) -> tensor<f32>
    %4200 = "stablehlo.sqrt"(%4186) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %4201 = "stablehlo.broadcast_in_dim"(%4199) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4202 = "stablehlo.divide"(%4200, %4201) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4203 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4204 = "stablehlo.broadcast_in_dim"(%4203) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4205 = "stablehlo.add"(%4202, %4204) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4206 = "stablehlo.divide"(%4198, %4205) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4207 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4208 = "stablehlo.multiply"(%4206, %4207) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4209 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4210 = "stablehlo.multiply"(%2597, %4209) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4211 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4212 = "stablehlo.add"(%4210, %4211) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4213 = "stablehlo.broadcast_in_dim"(%4212) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4214 = "stablehlo.multiply"(%arg39, %4213) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4215 = "stablehlo.subtract"(%4214, %4208) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4219 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4220 = "stablehlo.add"(%arg199, %4219) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4221 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4222 = "stablehlo.broadcast_in_dim"(%4221) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4223 = "stablehlo.multiply"(%arg197, %4222) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4224 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4225 = "stablehlo.broadcast_in_dim"(%4224) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4226 = "stablehlo.multiply"(%2471, %4225) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4227 = "stablehlo.add"(%4223, %4226) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4228 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4229 = "stablehlo.broadcast_in_dim"(%4228) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4230 = "stablehlo.multiply"(%arg198, %4229) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4231 = "stablehlo.multiply"(%2471, %2471) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4232 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4233 = "stablehlo.broadcast_in_dim"(%4232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4234 = "stablehlo.multiply"(%4231, %4233) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4235 = "stablehlo.add"(%4230, %4234) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4236 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4237 = "stablehlo.power"(%4236, %4220) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4238 = "stablehlo.negate"(%4237) : (tensor<f32>) -> tensor<f32>
    %4239 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4240 = "stablehlo.add"(%4238, %4239) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4241 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4242 = "stablehlo.power"(%4241, %4220) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4243 = "stablehlo.negate"(%4242) : (tensor<f32>) -> tensor<f32>
    %4244 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4245 = "stablehlo.add"(%4243, %4244) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4246 = "stablehlo.broadcast_in_dim"(%4240) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4247 = "stablehlo.divide"(%4227, %4246) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4248 = "stablehlo.sqrt"(%4245) : (tensor<f32>) -> tensor<f32>
    %4249 = "stablehlo.sqrt"(%4235) : (tensor<128xf32>) -> tensor<128xf32>
    %4250 = "stablehlo.broadcast_in_dim"(%4248) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4251 = "stablehlo.divide"(%4249, %4250) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4252 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4253 = "stablehlo.broadcast_in_dim"(%4252) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4254 = "stablehlo.add"(%4251, %4253) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4255 = "stablehlo.divide"(%4247, %4254) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4256 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4257 = "stablehlo.multiply"(%4255, %4256) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4258 = "stablehlo.subtract"(%arg40, %4257) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4262 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4263 = "stablehlo.add"(%arg202, %4262) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4264 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4265 = "stablehlo.broadcast_in_dim"(%4264) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4266 = "stablehlo.multiply"(%arg200, %4265) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4267 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4268 = "stablehlo.broadcast_in_dim"(%4267) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4269 = "stablehlo.multiply"(%2473, %4268) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4270 = "stablehlo.add"(%4266, %4269) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4271 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4272 = "stablehlo.broadcast_in_dim"(%4271) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4273 = "stablehlo.multiply"(%arg201, %4272) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4274 = "stablehlo.multiply"(%2473, %2473) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4275 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4276 = "stablehlo.broadcast_in_dim"(%4275) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4277 = "stablehlo.multiply"(%4274, %4276) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4278 = "stablehlo.add"(%4273, %4277) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4279 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4280 = "stablehlo.power"(%4279, %4263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4281 = "stablehlo.negate"(%4280) : (tensor<f32>) -> tensor<f32>
    %4282 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4283 = "stablehlo.add"(%4281, %4282) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4284 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4285 = "stablehlo.power"(%4284, %4263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4286 = "stablehlo.negate"(%4285) : (tensor<f32>) -> tensor<f32>
    %4287 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4288 = "stablehlo.add"(%4286, %4287) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4289 = "stablehlo.broadcast_in_dim"(%4283) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4290 = "stablehlo.divide"(%4270, %4289) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4291 = "stablehlo.sqrt"(%4288) : (tensor<f32>) -> tensor<f32>
    %4292 = "stablehlo.sqrt"(%4278) : (tensor<32x4xf32>) -> tensor<32x4xf32>
    %4293 = "stablehlo.broadcast_in_dim"(%4291) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4294 = "stablehlo.divide"(%4292, %4293) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4295 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4296 = "stablehlo.broadcast_in_dim"(%4295) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4297 = "stablehlo.add"(%4294, %4296) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4298 = "stablehlo.divide"(%4290, %4297) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4299 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4300 = "stablehlo.multiply"(%4298, %4299) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4301 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4302 = "stablehlo.multiply"(%2597, %4301) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4303 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4304 = "stablehlo.add"(%4302, %4303) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4305 = "stablehlo.broadcast_in_dim"(%4304) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4306 = "stablehlo.multiply"(%arg41, %4305) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4307 = "stablehlo.subtract"(%4306, %4300) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4311 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4312 = "stablehlo.add"(%arg205, %4311) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4313 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4314 = "stablehlo.broadcast_in_dim"(%4313) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4315 = "stablehlo.multiply"(%arg203, %4314) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4316 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4317 = "stablehlo.broadcast_in_dim"(%4316) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4318 = "stablehlo.multiply"(%2475, %4317) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4319 = "stablehlo.add"(%4315, %4318) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4320 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4321 = "stablehlo.broadcast_in_dim"(%4320) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4322 = "stablehlo.multiply"(%arg204, %4321) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4323 = "stablehlo.multiply"(%2475, %2475) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4324 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4325 = "stablehlo.broadcast_in_dim"(%4324) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4326 = "stablehlo.multiply"(%4323, %4325) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4327 = "stablehlo.add"(%4322, %4326) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4328 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4329 = "stablehlo.power"(%4328, %4312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4330 = "stablehlo.negate"(%4329) : (tensor<f32>) -> tensor<f32>
    %4331 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4332 = "stablehlo.add"(%4330, %4331) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4333 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4334 = "stablehlo.power"(%4333, %4312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4335 = "stablehlo.negate"(%4334) : (tensor<f32>) -> tensor<f32>
    %4336 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4337 = "stablehlo.add"(%4335, %4336) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4338 = "stablehlo.broadcast_in_dim"(%4332) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4339 = "stablehlo.divide"(%4319, %4338) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4340 = "stablehlo.sqrt"(%4337) : (tensor<f32>) -> tensor<f32>
    %4341 = "stablehlo.sqrt"(%4327) : (tensor<128xf32>) -> tensor<128xf32>
    %4342 = "stablehlo.broadcast_in_dim"(%4340) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4343 = "stablehlo.divide"(%4341, %4342) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4344 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4345 = "stablehlo.broadcast_in_dim"(%4344) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4346 = "stablehlo.add"(%4343, %4345) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4347 = "stablehlo.divide"(%4339, %4346) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4348 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4349 = "stablehlo.multiply"(%4347, %4348) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4350 = "stablehlo.subtract"(%arg42, %4349) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4354 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4355 = "stablehlo.add"(%arg208, %4354) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4356 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4357 = "stablehlo.broadcast_in_dim"(%4356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4358 = "stablehlo.multiply"(%arg206, %4357) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4359 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4360 = "stablehlo.broadcast_in_dim"(%4359) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4361 = "stablehlo.multiply"(%2477, %4360) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4362 = "stablehlo.add"(%4358, %4361) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4363 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4364 = "stablehlo.broadcast_in_dim"(%4363) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4365 = "stablehlo.multiply"(%arg207, %4364) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4366 = "stablehlo.multiply"(%2477, %2477) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4367 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4368 = "stablehlo.broadcast_in_dim"(%4367) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4369 = "stablehlo.multiply"(%4366, %4368) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4370 = "stablehlo.add"(%4365, %4369) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4371 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4372 = "stablehlo.power"(%4371, %4355) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4373 = "stablehlo.negate"(%4372) : (tensor<f32>) -> tensor<f32>
    %4374 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4375 = "stablehlo.add"(%4373, %4374) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4376 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4377 = "stablehlo.power"(%4376, %4355) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4378 = "stablehlo.negate"(%4377) : (tensor<f32>) -> tensor<f32>
    %4379 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4380 = "stablehlo.add"(%4378, %4379) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4381 = "stablehlo.broadcast_in_dim"(%4375) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4382 = "stablehlo.divide"(%4362, %4381) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4383 = "stablehlo.sqrt"(%4380) : (tensor<f32>) -> tensor<f32>
    %4384 = "stablehlo.sqrt"(%4370) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4385 = "stablehlo.broadcast_in_dim"(%4383) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4386 = "stablehlo.divide"(%4384, %4385) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4387 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4388 = "stablehlo.broadcast_in_dim"(%4387) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4389 = "stablehlo.add"(%4386, %4388) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4390 = "stablehlo.divide"(%4382, %4389) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4391 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4392 = "stablehlo.multiply"(%4390, %4391) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4393 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4394 = "stablehlo.multiply"(%2597, %4393) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4395 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4396 = "stablehlo.add"(%4394, %4395) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4397 = "stablehlo.broadcast_in_dim"(%4396) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4398 = "stablehlo.multiply"(%arg43, %4397) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4399 = "stablehlo.subtract"(%4398, %4392) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4403 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4404 = "stablehlo.add"(%arg211, %4403) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4405 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4406 = "stablehlo.broadcast_in_dim"(%4405) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4407 = "stablehlo.multiply"(%arg209, %4406) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4408 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4409 = "stablehlo.broadcast_in_dim"(%4408) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4410 = "stablehlo.multiply"(%2479, %4409) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4411 = "stablehlo.add"(%4407, %4410) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4412 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4413 = "stablehlo.broadcast_in_dim"(%4412) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4414 = "stablehlo.multiply"(%arg210, %4413) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4415 = "stablehlo.multiply"(%2479, %2479) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4416 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4417 = "stablehlo.broadcast_in_dim"(%4416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4418 = "stablehlo.multiply"(%4415, %4417) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4419 = "stablehlo.add"(%4414, %4418) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4420 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4421 = "stablehlo.power"(%4420, %4404) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4422 = "stablehlo.negate"(%4421) : (tensor<f32>) -> tensor<f32>
    %4423 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4424 = "stablehlo.add"(%4422, %4423) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4425 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4426 = "stablehlo.power"(%4425, %4404) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4427 = "stablehlo.negate"(%4426) : (tensor<f32>) -> tensor<f32>
    %4428 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4429 = "stablehlo.add"(%4427, %4428) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4430 = "stablehlo.broadcast_in_dim"(%4424) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4431 = "stablehlo.divide"(%4411, %4430) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4432 = "stablehlo.sqrt"(%4429) : (tensor<f32>) -> tensor<f32>
    %4433 = "stablehlo.sqrt"(%4419) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4434 = "stablehlo.broadcast_in_dim"(%4432) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4435 = "stablehlo.divide"(%4433, %4434) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4436 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4437 = "stablehlo.broadcast_in_dim"(%4436) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4438 = "stablehlo.add"(%4435, %4437) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4439 = "stablehlo.divide"(%4431, %4438) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4440 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4441 = "stablehlo.multiply"(%4439, %4440) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4442 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4443 = "stablehlo.multiply"(%2597, %4442) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4444 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4445 = "stablehlo.add"(%4443, %4444) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4446 = "stablehlo.broadcast_in_dim"(%4445) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4447 = "stablehlo.multiply"(%arg44, %4446) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4448 = "stablehlo.subtract"(%4447, %4441) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4452 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4453 = "stablehlo.add"(%arg214, %4452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4454 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4455 = "stablehlo.broadcast_in_dim"(%4454) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4456 = "stablehlo.multiply"(%arg212, %4455) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4457 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4458 = "stablehlo.broadcast_in_dim"(%4457) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4459 = "stablehlo.multiply"(%2481, %4458) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4460 = "stablehlo.add"(%4456, %4459) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4461 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4462 = "stablehlo.broadcast_in_dim"(%4461) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4463 = "stablehlo.multiply"(%arg213, %4462) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4464 = "stablehlo.multiply"(%2481, %2481) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4465 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4466 = "stablehlo.broadcast_in_dim"(%4465) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4467 = "stablehlo.multiply"(%4464, %4466) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4468 = "stablehlo.add"(%4463, %4467) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4469 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4470 = "stablehlo.power"(%4469, %4453) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4471 = "stablehlo.negate"(%4470) : (tensor<f32>) -> tensor<f32>
    %4472 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4473 = "stablehlo.add"(%4471, %4472) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4474 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4475 = "stablehlo.power"(%4474, %4453) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4476 = "stablehlo.negate"(%4475) : (tensor<f32>) -> tensor<f32>
    %4477 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4478 = "stablehlo.add"(%4476, %4477) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4479 = "stablehlo.broadcast_in_dim"(%4473) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4480 = "stablehlo.divide"(%4460, %4479) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4481 = "stablehlo.sqrt"(%4478) : (tensor<f32>) -> tensor<f32>
    %4482 = "stablehlo.sqrt"(%4468) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4483 = "stablehlo.broadcast_in_dim"(%4481) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4484 = "stablehlo.divide"(%4482, %4483) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4485 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4486 = "stablehlo.broadcast_in_dim"(%4485) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4487 = "stablehlo.add"(%4484, %4486) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4488 = "stablehlo.divide"(%4480, %4487) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4489 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4490 = "stablehlo.multiply"(%4488, %4489) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4491 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4492 = "stablehlo.multiply"(%2597, %4491) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4493 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4494 = "stablehlo.add"(%4492, %4493) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4495 = "stablehlo.broadcast_in_dim"(%4494) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4496 = "stablehlo.multiply"(%arg45, %4495) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4497 = "stablehlo.subtract"(%4496, %4490) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4501 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4502 = "stablehlo.add"(%arg217, %4501) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4503 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4504 = "stablehlo.broadcast_in_dim"(%4503) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4505 = "stablehlo.multiply"(%arg215, %4504) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4506 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4507 = "stablehlo.broadcast_in_dim"(%4506) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4508 = "stablehlo.multiply"(%2483, %4507) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4509 = "stablehlo.add"(%4505, %4508) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4510 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4511 = "stablehlo.broadcast_in_dim"(%4510) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4512 = "stablehlo.multiply"(%arg216, %4511) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4513 = "stablehlo.multiply"(%2483, %2483) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4514 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4515 = "stablehlo.broadcast_in_dim"(%4514) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4516 = "stablehlo.multiply"(%4513, %4515) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4517 = "stablehlo.add"(%4512, %4516) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4518 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4519 = "stablehlo.power"(%4518, %4502) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4520 = "stablehlo.negate"(%4519) : (tensor<f32>) -> tensor<f32>
    %4521 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4522 = "stablehlo.add"(%4520, %4521) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4523 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4524 = "stablehlo.power"(%4523, %4502) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4525 = "stablehlo.negate"(%4524) : (tensor<f32>) -> tensor<f32>
    %4526 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4527 = "stablehlo.add"(%4525, %4526) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4528 = "stablehlo.broadcast_in_dim"(%4522) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4529 = "stablehlo.divide"(%4509, %4528) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4530 = "stablehlo.sqrt"(%4527) : (tensor<f32>) -> tensor<f32>
    %4531 = "stablehlo.sqrt"(%4517) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4532 = "stablehlo.broadcast_in_dim"(%4530) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4533 = "stablehlo.divide"(%4531, %4532) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4534 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4535 = "stablehlo.broadcast_in_dim"(%4534) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4536 = "stablehlo.add"(%4533, %4535) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4537 = "stablehlo.divide"(%4529, %4536) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4538 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4539 = "stablehlo.multiply"(%4537, %4538) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4540 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4541 = "stablehlo.multiply"(%2597, %4540) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4542 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4543 = "stablehlo.add"(%4541, %4542) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4544 = "stablehlo.broadcast_in_dim"(%4543) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4545 = "stablehlo.multiply"(%arg46, %4544) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4546 = "stablehlo.subtract"(%4545, %4539) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4550 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4551 = "stablehlo.add"(%arg220, %4550) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4552 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4553 = "stablehlo.broadcast_in_dim"(%4552) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4554 = "stablehlo.multiply"(%arg218, %4553) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4555 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4556 = "stablehlo.broadcast_in_dim"(%4555) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4557 = "stablehlo.multiply"(%2485, %4556) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4558 = "stablehlo.add"(%4554, %4557) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4559 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4560 = "stablehlo.broadcast_in_dim"(%4559) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4561 = "stablehlo.multiply"(%arg219, %4560) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4562 = "stablehlo.multiply"(%2485, %2485) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4563 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4564 = "stablehlo.broadcast_in_dim"(%4563) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4565 = "stablehlo.multiply"(%4562, %4564) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4566 = "stablehlo.add"(%4561, %4565) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4567 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4568 = "stablehlo.power"(%4567, %4551) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4569 = "stablehlo.negate"(%4568) : (tensor<f32>) -> tensor<f32>
    %4570 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4571 = "stablehlo.add"(%4569, %4570) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4572 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4573 = "stablehlo.power"(%4572, %4551) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4574 = "stablehlo.negate"(%4573) : (tensor<f32>) -> tensor<f32>
    %4575 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4576 = "stablehlo.add"(%4574, %4575) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4577 = "stablehlo.broadcast_in_dim"(%4571) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4578 = "stablehlo.divide"(%4558, %4577) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4579 = "stablehlo.sqrt"(%4576) : (tensor<f32>) -> tensor<f32>
    %4580 = "stablehlo.sqrt"(%4566) : (tensor<128xf32>) -> tensor<128xf32>
    %4581 = "stablehlo.broadcast_in_dim"(%4579) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4582 = "stablehlo.divide"(%4580, %4581) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4583 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4584 = "stablehlo.broadcast_in_dim"(%4583) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4585 = "stablehlo.add"(%4582, %4584) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4586 = "stablehlo.divide"(%4578, %4585) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4587 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4588 = "stablehlo.multiply"(%4586, %4587) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4589 = "stablehlo.subtract"(%arg47, %4588) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4593 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4594 = "stablehlo.add"(%arg223, %4593) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4595 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4596 = "stablehlo.broadcast_in_dim"(%4595) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4597 = "stablehlo.multiply"(%arg221, %4596) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4598 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4599 = "stablehlo.broadcast_in_dim"(%4598) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4600 = "stablehlo.multiply"(%2487, %4599) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4601 = "stablehlo.add"(%4597, %4600) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4602 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4603 = "stablehlo.broadcast_in_dim"(%4602) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4604 = "stablehlo.multiply"(%arg222, %4603) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4605 = "stablehlo.multiply"(%2487, %2487) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4606 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4607 = "stablehlo.broadcast_in_dim"(%4606) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4608 = "stablehlo.multiply"(%4605, %4607) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4609 = "stablehlo.add"(%4604, %4608) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4610 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4611 = "stablehlo.power"(%4610, %4594) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4612 = "stablehlo.negate"(%4611) : (tensor<f32>) -> tensor<f32>
    %4613 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4614 = "stablehlo.add"(%4612, %4613) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4615 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4616 = "stablehlo.power"(%4615, %4594) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4617 = "stablehlo.negate"(%4616) : (tensor<f32>) -> tensor<f32>
    %4618 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4619 = "stablehlo.add"(%4617, %4618) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4620 = "stablehlo.broadcast_in_dim"(%4614) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4621 = "stablehlo.divide"(%4601, %4620) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4622 = "stablehlo.sqrt"(%4619) : (tensor<f32>) -> tensor<f32>
    %4623 = "stablehlo.sqrt"(%4609) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4624 = "stablehlo.broadcast_in_dim"(%4622) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4625 = "stablehlo.divide"(%4623, %4624) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4626 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4627 = "stablehlo.broadcast_in_dim"(%4626) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4628 = "stablehlo.add"(%4625, %4627) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4629 = "stablehlo.divide"(%4621, %4628) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4630 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4631 = "stablehlo.multiply"(%4629, %4630) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4632 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4633 = "stablehlo.multiply"(%2597, %4632) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4634 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4635 = "stablehlo.add"(%4633, %4634) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4636 = "stablehlo.broadcast_in_dim"(%4635) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4637 = "stablehlo.multiply"(%arg48, %4636) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4638 = "stablehlo.subtract"(%4637, %4631) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4642 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4643 = "stablehlo.add"(%arg226, %4642) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4644 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4645 = "stablehlo.broadcast_in_dim"(%4644) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4646 = "stablehlo.multiply"(%arg224, %4645) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4647 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4648 = "stablehlo.broadcast_in_dim"(%4647) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4649 = "stablehlo.multiply"(%2489, %4648) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4650 = "stablehlo.add"(%4646, %4649) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4651 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4652 = "stablehlo.broadcast_in_dim"(%4651) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4653 = "stablehlo.multiply"(%arg225, %4652) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4654 = "stablehlo.multiply"(%2489, %2489) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4655 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4656 = "stablehlo.broadcast_in_dim"(%4655) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4657 = "stablehlo.multiply"(%4654, %4656) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4658 = "stablehlo.add"(%4653, %4657) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4659 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4660 = "stablehlo.power"(%4659, %4643) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4661 = "stablehlo.negate"(%4660) : (tensor<f32>) -> tensor<f32>
    %4662 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4663 = "stablehlo.add"(%4661, %4662) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4664 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4665 = "stablehlo.power"(%4664, %4643) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4666 = "stablehlo.negate"(%4665) : (tensor<f32>) -> tensor<f32>
    %4667 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4668 = "stablehlo.add"(%4666, %4667) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4669 = "stablehlo.broadcast_in_dim"(%4663) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4670 = "stablehlo.divide"(%4650, %4669) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4671 = "stablehlo.sqrt"(%4668) : (tensor<f32>) -> tensor<f32>
    %4672 = "stablehlo.sqrt"(%4658) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4673 = "stablehlo.broadcast_in_dim"(%4671) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4674 = "stablehlo.divide"(%4672, %4673) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4675 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4676 = "stablehlo.broadcast_in_dim"(%4675) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4677 = "stablehlo.add"(%4674, %4676) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4678 = "stablehlo.divide"(%4670, %4677) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4679 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4680 = "stablehlo.multiply"(%4678, %4679) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4681 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4682 = "stablehlo.multiply"(%2597, %4681) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4683 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4684 = "stablehlo.add"(%4682, %4683) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4685 = "stablehlo.broadcast_in_dim"(%4684) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4686 = "stablehlo.multiply"(%arg49, %4685) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4687 = "stablehlo.subtract"(%4686, %4680) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4691 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4692 = "stablehlo.add"(%arg229, %4691) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4693 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4694 = "stablehlo.broadcast_in_dim"(%4693) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4695 = "stablehlo.multiply"(%arg227, %4694) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4696 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4697 = "stablehlo.broadcast_in_dim"(%4696) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4698 = "stablehlo.multiply"(%2491, %4697) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4699 = "stablehlo.add"(%4695, %4698) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4700 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4701 = "stablehlo.broadcast_in_dim"(%4700) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4702 = "stablehlo.multiply"(%arg228, %4701) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4703 = "stablehlo.multiply"(%2491, %2491) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4704 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4705 = "stablehlo.broadcast_in_dim"(%4704) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4706 = "stablehlo.multiply"(%4703, %4705) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4707 = "stablehlo.add"(%4702, %4706) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4708 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4709 = "stablehlo.power"(%4708, %4692) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4710 = "stablehlo.negate"(%4709) : (tensor<f32>) -> tensor<f32>
    %4711 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4712 = "stablehlo.add"(%4710, %4711) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4713 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4714 = "stablehlo.power"(%4713, %4692) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4715 = "stablehlo.negate"(%4714) : (tensor<f32>) -> tensor<f32>
    %4716 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4717 = "stablehlo.add"(%4715, %4716) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4718 = "stablehlo.broadcast_in_dim"(%4712) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4719 = "stablehlo.divide"(%4699, %4718) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4720 = "stablehlo.sqrt"(%4717) : (tensor<f32>) -> tensor<f32>
    %4721 = "stablehlo.sqrt"(%4707) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4722 = "stablehlo.broadcast_in_dim"(%4720) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4723 = "stablehlo.divide"(%4721, %4722) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4724 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4725 = "stablehlo.broadcast_in_dim"(%4724) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4726 = "stablehlo.add"(%4723, %4725) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4727 = "stablehlo.divide"(%4719, %4726) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4728 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4729 = "stablehlo.multiply"(%4727, %4728) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4730 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4731 = "stablehlo.multiply"(%2597, %4730) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4732 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4733 = "stablehlo.add"(%4731, %4732) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4734 = "stablehlo.broadcast_in_dim"(%4733) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4735 = "stablehlo.multiply"(%arg50, %4734) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4736 = "stablehlo.subtract"(%4735, %4729) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4740 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4741 = "stablehlo.add"(%arg232, %4740) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4742 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4743 = "stablehlo.broadcast_in_dim"(%4742) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4744 = "stablehlo.multiply"(%arg230, %4743) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4745 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4746 = "stablehlo.broadcast_in_dim"(%4745) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4747 = "stablehlo.multiply"(%2493, %4746) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4748 = "stablehlo.add"(%4744, %4747) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4749 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4750 = "stablehlo.broadcast_in_dim"(%4749) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4751 = "stablehlo.multiply"(%arg231, %4750) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4752 = "stablehlo.multiply"(%2493, %2493) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4753 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4754 = "stablehlo.broadcast_in_dim"(%4753) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4755 = "stablehlo.multiply"(%4752, %4754) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4756 = "stablehlo.add"(%4751, %4755) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4757 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4758 = "stablehlo.power"(%4757, %4741) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4759 = "stablehlo.negate"(%4758) : (tensor<f32>) -> tensor<f32>
    %4760 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4761 = "stablehlo.add"(%4759, %4760) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4762 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4763 = "stablehlo.power"(%4762, %4741) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4764 = "stablehlo.negate"(%4763) : (tensor<f32>) -> tensor<f32>
    %4765 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4766 = "stablehlo.add"(%4764, %4765) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4767 = "stablehlo.broadcast_in_dim"(%4761) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4768 = "stablehlo.divide"(%4748, %4767) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4769 = "stablehlo.sqrt"(%4766) : (tensor<f32>) -> tensor<f32>
    %4770 = "stablehlo.sqrt"(%4756) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4771 = "stablehlo.broadcast_in_dim"(%4769) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4772 = "stablehlo.divide"(%4770, %4771) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4773 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4774 = "stablehlo.broadcast_in_dim"(%4773) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4775 = "stablehlo.add"(%4772, %4774) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4776 = "stablehlo.divide"(%4768, %4775) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4777 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4778 = "stablehlo.multiply"(%4776, %4777) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4779 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4780 = "stablehlo.multiply"(%2597, %4779) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4781 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4782 = "stablehlo.add"(%4780, %4781) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4783 = "stablehlo.broadcast_in_dim"(%4782) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4784 = "stablehlo.multiply"(%arg51, %4783) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4785 = "stablehlo.subtract"(%4784, %4778) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4789 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4790 = "stablehlo.add"(%arg235, %4789) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4791 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4792 = "stablehlo.broadcast_in_dim"(%4791) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4793 = "stablehlo.multiply"(%arg233, %4792) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4794 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4795 = "stablehlo.broadcast_in_dim"(%4794) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4796 = "stablehlo.multiply"(%2495, %4795) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4797 = "stablehlo.add"(%4793, %4796) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4798 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4799 = "stablehlo.broadcast_in_dim"(%4798) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4800 = "stablehlo.multiply"(%arg234, %4799) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4801 = "stablehlo.multiply"(%2495, %2495) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4802 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4803 = "stablehlo.broadcast_in_dim"(%4802) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4804 = "stablehlo.multiply"(%4801, %4803) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4805 = "stablehlo.add"(%4800, %4804) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4806 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4807 = "stablehlo.power"(%4806, %4790) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4808 = "stablehlo.negate"(%4807) : (tensor<f32>) -> tensor<f32>
    %4809 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4810 = "stablehlo.add"(%4808, %4809) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4811 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4812 = "stablehlo.power"(%4811, %4790) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4813 = "stablehlo.negate"(%4812) : (tensor<f32>) -> tensor<f32>
    %4814 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4815 = "stablehlo.add"(%4813, %4814) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4816 = "stablehlo.broadcast_in_dim"(%4810) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4817 = "stablehlo.divide"(%4797, %4816) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4818 = "stablehlo.sqrt"(%4815) : (tensor<f32>) -> tensor<f32>
    %4819 = "stablehlo.sqrt"(%4805) : (tensor<128xf32>) -> tensor<128xf32>
    %4820 = "stablehlo.broadcast_in_dim"(%4818) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4821 = "stablehlo.divide"(%4819, %4820) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4822 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4823 = "stablehlo.broadcast_in_dim"(%4822) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4824 = "stablehlo.add"(%4821, %4823) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4825 = "stablehlo.divide"(%4817, %4824) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4826 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4827 = "stablehlo.multiply"(%4825, %4826) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4828 = "stablehlo.subtract"(%arg52, %4827) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4832 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4833 = "stablehlo.add"(%arg238, %4832) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4834 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4835 = "stablehlo.broadcast_in_dim"(%4834) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4836 = "stablehlo.multiply"(%arg236, %4835) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4837 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4838 = "stablehlo.broadcast_in_dim"(%4837) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4839 = "stablehlo.multiply"(%2497, %4838) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4840 = "stablehlo.add"(%4836, %4839) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4841 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4842 = "stablehlo.broadcast_in_dim"(%4841) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4843 = "stablehlo.multiply"(%arg237, %4842) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4844 = "stablehlo.multiply"(%2497, %2497) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4845 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4846 = "stablehlo.broadcast_in_dim"(%4845) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4847 = "stablehlo.multiply"(%4844, %4846) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4848 = "stablehlo.add"(%4843, %4847) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4849 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4850 = "stablehlo.power"(%4849, %4833) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4851 = "stablehlo.negate"(%4850) : (tensor<f32>) -> tensor<f32>
    %4852 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4853 = "stablehlo.add"(%4851, %4852) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4854 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4855 = "stablehlo.power"(%4854, %4833) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4856 = "stablehlo.negate"(%4855) : (tensor<f32>) -> tensor<f32>
    %4857 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4858 = "stablehlo.add"(%4856, %4857) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4859 = "stablehlo.broadcast_in_dim"(%4853) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4860 = "stablehlo.divide"(%4840, %4859) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4861 = "stablehlo.sqrt"(%4858) : (tensor<f32>) -> tensor<f32>
    %4862 = "stablehlo.sqrt"(%4848) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %4863 = "stablehlo.broadcast_in_dim"(%4861) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4864 = "stablehlo.divide"(%4862, %4863) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4865 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4866 = "stablehlo.broadcast_in_dim"(%4865) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4867 = "stablehlo.add"(%4864, %4866) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4868 = "stablehlo.divide"(%4860, %4867) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4869 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4870 = "stablehlo.multiply"(%4868, %4869) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4871 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4872 = "stablehlo.multiply"(%2597, %4871) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4873 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4874 = "stablehlo.add"(%4872, %4873) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4875 = "stablehlo.broadcast_in_dim"(%4874) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4876 = "stablehlo.multiply"(%arg53, %4875) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4877 = "stablehlo.subtract"(%4876, %4870) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4881 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4882 = "stablehlo.add"(%arg241, %4881) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4883 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4884 = "stablehlo.broadcast_in_dim"(%4883) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4885 = "stablehlo.multiply"(%arg239, %4884) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4886 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4887 = "stablehlo.broadcast_in_dim"(%4886) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4888 = "stablehlo.multiply"(%2499, %4887) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4889 = "stablehlo.add"(%4885, %4888) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4890 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4891 = "stablehlo.broadcast_in_dim"(%4890) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4892 = "stablehlo.multiply"(%arg240, %4891) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4893 = "stablehlo.multiply"(%2499, %2499) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4894 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4895 = "stablehlo.broadcast_in_dim"(%4894) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4896 = "stablehlo.multiply"(%4893, %4895) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4897 = "stablehlo.add"(%4892, %4896) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4898 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4899 = "stablehlo.power"(%4898, %4882) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4900 = "stablehlo.negate"(%4899) : (tensor<f32>) -> tensor<f32>
    %4901 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4902 = "stablehlo.add"(%4900, %4901) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4903 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4904 = "stablehlo.power"(%4903, %4882) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4905 = "stablehlo.negate"(%4904) : (tensor<f32>) -> tensor<f32>
    %4906 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4907 = "stablehlo.add"(%4905, %4906) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4908 = "stablehlo.broadcast_in_dim"(%4902) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4909 = "stablehlo.divide"(%4889, %4908) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4910 = "stablehlo.sqrt"(%4907) : (tensor<f32>) -> tensor<f32>
    %4911 = "stablehlo.sqrt"(%4897) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %4912 = "stablehlo.broadcast_in_dim"(%4910) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4913 = "stablehlo.divide"(%4911, %4912) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4914 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4915 = "stablehlo.broadcast_in_dim"(%4914) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4916 = "stablehlo.add"(%4913, %4915) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4917 = "stablehlo.divide"(%4909, %4916) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4918 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4919 = "stablehlo.multiply"(%4917, %4918) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4920 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4921 = "stablehlo.multiply"(%2597, %4920) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4922 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4923 = "stablehlo.add"(%4921, %4922) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4924 = "stablehlo.broadcast_in_dim"(%4923) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4925 = "stablehlo.multiply"(%arg54, %4924) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4926 = "stablehlo.subtract"(%4925, %4919) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4930 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4931 = "stablehlo.add"(%arg244, %4930) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4932 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4933 = "stablehlo.broadcast_in_dim"(%4932) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4934 = "stablehlo.multiply"(%arg242, %4933) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4935 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4936 = "stablehlo.broadcast_in_dim"(%4935) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4937 = "stablehlo.multiply"(%2501, %4936) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4938 = "stablehlo.add"(%4934, %4937) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4939 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4940 = "stablehlo.broadcast_in_dim"(%4939) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4941 = "stablehlo.multiply"(%arg243, %4940) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4942 = "stablehlo.multiply"(%2501, %2501) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4943 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4944 = "stablehlo.broadcast_in_dim"(%4943) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4945 = "stablehlo.multiply"(%4942, %4944) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4946 = "stablehlo.add"(%4941, %4945) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4947 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4948 = "stablehlo.power"(%4947, %4931) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4949 = "stablehlo.negate"(%4948) : (tensor<f32>) -> tensor<f32>
    %4950 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4951 = "stablehlo.add"(%4949, %4950) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4952 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4953 = "stablehlo.power"(%4952, %4931) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4954 = "stablehlo.negate"(%4953) : (tensor<f32>) -> tensor<f32>
    %4955 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4956 = "stablehlo.add"(%4954, %4955) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4957 = "stablehlo.broadcast_in_dim"(%4951) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4958 = "stablehlo.divide"(%4938, %4957) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4959 = "stablehlo.sqrt"(%4956) : (tensor<f32>) -> tensor<f32>
    %4960 = "stablehlo.sqrt"(%4946) : (tensor<128xf32>) -> tensor<128xf32>
    %4961 = "stablehlo.broadcast_in_dim"(%4959) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4962 = "stablehlo.divide"(%4960, %4961) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4963 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4964 = "stablehlo.broadcast_in_dim"(%4963) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4965 = "stablehlo.add"(%4962, %4964) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4966 = "stablehlo.divide"(%4958, %4965) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4967 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4968 = "stablehlo.multiply"(%4966, %4967) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4969 = "stablehlo.subtract"(%arg55, %4968) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4973 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4974 = "stablehlo.add"(%arg247, %4973) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4975 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4976 = "stablehlo.broadcast_in_dim"(%4975) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4977 = "stablehlo.multiply"(%arg245, %4976) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4978 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4979 = "stablehlo.broadcast_in_dim"(%4978) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4980 = "stablehlo.multiply"(%2503, %4979) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4981 = "stablehlo.add"(%4977, %4980) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4982 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4983 = "stablehlo.broadcast_in_dim"(%4982) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4984 = "stablehlo.multiply"(%arg246, %4983) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4985 = "stablehlo.multiply"(%2503, %2503) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4986 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4987 = "stablehlo.broadcast_in_dim"(%4986) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4988 = "stablehlo.multiply"(%4985, %4987) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4989 = "stablehlo.add"(%4984, %4988) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4990 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4991 = "stablehlo.power"(%4990, %4974) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4992 = "stablehlo.negate"(%4991) : (tensor<f32>) -> tensor<f32>
    %4993 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4994 = "stablehlo.add"(%4992, %4993) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4995 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4996 = "stablehlo.power"(%4995, %4974) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4997 = "stablehlo.negate"(%4996) : (tensor<f32>) -> tensor<f32>
    %4998 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4999 = "stablehlo.add"(%4997, %4998) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5000 = "stablehlo.broadcast_in_dim"(%4994) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5001 = "stablehlo.divide"(%4981, %5000) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5002 = "stablehlo.sqrt"(%4999) : (tensor<f32>) -> tensor<f32>
    %5003 = "stablehlo.sqrt"(%4989) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5004 = "stablehlo.broadcast_in_dim"(%5002) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5005 = "stablehlo.divide"(%5003, %5004) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5006 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5007 = "stablehlo.broadcast_in_dim"(%5006) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5008 = "stablehlo.add"(%5005, %5007) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5009 = "stablehlo.divide"(%5001, %5008) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5010 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5011 = "stablehlo.multiply"(%5009, %5010) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5012 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5013 = "stablehlo.multiply"(%2597, %5012) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5014 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5015 = "stablehlo.add"(%5013, %5014) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5016 = "stablehlo.broadcast_in_dim"(%5015) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5017 = "stablehlo.multiply"(%arg56, %5016) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5018 = "stablehlo.subtract"(%5017, %5011) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5022 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5023 = "stablehlo.add"(%arg250, %5022) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5024 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5025 = "stablehlo.broadcast_in_dim"(%5024) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5026 = "stablehlo.multiply"(%arg248, %5025) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5027 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5028 = "stablehlo.broadcast_in_dim"(%5027) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5029 = "stablehlo.multiply"(%2505, %5028) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5030 = "stablehlo.add"(%5026, %5029) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5031 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5032 = "stablehlo.broadcast_in_dim"(%5031) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5033 = "stablehlo.multiply"(%arg249, %5032) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5034 = "stablehlo.multiply"(%2505, %2505) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5035 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5036 = "stablehlo.broadcast_in_dim"(%5035) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5037 = "stablehlo.multiply"(%5034, %5036) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5038 = "stablehlo.add"(%5033, %5037) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5039 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5040 = "stablehlo.power"(%5039, %5023) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5041 = "stablehlo.negate"(%5040) : (tensor<f32>) -> tensor<f32>
    %5042 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5043 = "stablehlo.add"(%5041, %5042) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5044 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5045 = "stablehlo.power"(%5044, %5023) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5046 = "stablehlo.negate"(%5045) : (tensor<f32>) -> tensor<f32>
    %5047 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5048 = "stablehlo.add"(%5046, %5047) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5049 = "stablehlo.broadcast_in_dim"(%5043) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5050 = "stablehlo.divide"(%5030, %5049) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5051 = "stablehlo.sqrt"(%5048) : (tensor<f32>) -> tensor<f32>
    %5052 = "stablehlo.sqrt"(%5038) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5053 = "stablehlo.broadcast_in_dim"(%5051) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5054 = "stablehlo.divide"(%5052, %5053) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5055 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5056 = "stablehlo.broadcast_in_dim"(%5055) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5057 = "stablehlo.add"(%5054, %5056) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5058 = "stablehlo.divide"(%5050, %5057) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5059 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5060 = "stablehlo.multiply"(%5058, %5059) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5061 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5062 = "stablehlo.multiply"(%2597, %5061) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5063 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5064 = "stablehlo.add"(%5062, %5063) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5065 = "stablehlo.broadcast_in_dim"(%5064) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5066 = "stablehlo.multiply"(%arg57, %5065) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5067 = "stablehlo.subtract"(%5066, %5060) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5071 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5072 = "stablehlo.add"(%arg253, %5071) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5073 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5074 = "stablehlo.broadcast_in_dim"(%5073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5075 = "stablehlo.multiply"(%arg251, %5074) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5076 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5077 = "stablehlo.broadcast_in_dim"(%5076) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5078 = "stablehlo.multiply"(%2507, %5077) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5079 = "stablehlo.add"(%5075, %5078) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5080 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5081 = "stablehlo.broadcast_in_dim"(%5080) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5082 = "stablehlo.multiply"(%arg252, %5081) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5083 = "stablehlo.multiply"(%2507, %2507) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5084 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5085 = "stablehlo.broadcast_in_dim"(%5084) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5086 = "stablehlo.multiply"(%5083, %5085) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5087 = "stablehlo.add"(%5082, %5086) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5088 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5089 = "stablehlo.power"(%5088, %5072) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5090 = "stablehlo.negate"(%5089) : (tensor<f32>) -> tensor<f32>
    %5091 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5092 = "stablehlo.add"(%5090, %5091) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5093 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5094 = "stablehlo.power"(%5093, %5072) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5095 = "stablehlo.negate"(%5094) : (tensor<f32>) -> tensor<f32>
    %5096 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5097 = "stablehlo.add"(%5095, %5096) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5098 = "stablehlo.broadcast_in_dim"(%5092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5099 = "stablehlo.divide"(%5079, %5098) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5100 = "stablehlo.sqrt"(%5097) : (tensor<f32>) -> tensor<f32>
    %5101 = "stablehlo.sqrt"(%5087) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5102 = "stablehlo.broadcast_in_dim"(%5100) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5103 = "stablehlo.divide"(%5101, %5102) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5104 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5105 = "stablehlo.broadcast_in_dim"(%5104) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5106 = "stablehlo.add"(%5103, %5105) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5107 = "stablehlo.divide"(%5099, %5106) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5108 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5109 = "stablehlo.multiply"(%5107, %5108) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5110 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5111 = "stablehlo.multiply"(%2597, %5110) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5112 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5113 = "stablehlo.add"(%5111, %5112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5114 = "stablehlo.broadcast_in_dim"(%5113) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5115 = "stablehlo.multiply"(%arg58, %5114) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5116 = "stablehlo.subtract"(%5115, %5109) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5120 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5121 = "stablehlo.add"(%arg256, %5120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5122 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5123 = "stablehlo.broadcast_in_dim"(%5122) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5124 = "stablehlo.multiply"(%arg254, %5123) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5125 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5126 = "stablehlo.broadcast_in_dim"(%5125) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5127 = "stablehlo.multiply"(%2509, %5126) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5128 = "stablehlo.add"(%5124, %5127) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5129 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5130 = "stablehlo.broadcast_in_dim"(%5129) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5131 = "stablehlo.multiply"(%arg255, %5130) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5132 = "stablehlo.multiply"(%2509, %2509) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5133 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5134 = "stablehlo.broadcast_in_dim"(%5133) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5135 = "stablehlo.multiply"(%5132, %5134) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5136 = "stablehlo.add"(%5131, %5135) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5137 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5138 = "stablehlo.power"(%5137, %5121) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5139 = "stablehlo.negate"(%5138) : (tensor<f32>) -> tensor<f32>
    %5140 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5141 = "stablehlo.add"(%5139, %5140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5142 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5143 = "stablehlo.power"(%5142, %5121) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5144 = "stablehlo.negate"(%5143) : (tensor<f32>) -> tensor<f32>
    %5145 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5146 = "stablehlo.add"(%5144, %5145) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5147 = "stablehlo.broadcast_in_dim"(%5141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5148 = "stablehlo.divide"(%5128, %5147) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5149 = "stablehlo.sqrt"(%5146) : (tensor<f32>) -> tensor<f32>
    %5150 = "stablehlo.sqrt"(%5136) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5151 = "stablehlo.broadcast_in_dim"(%5149) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5152 = "stablehlo.divide"(%5150, %5151) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5153 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5154 = "stablehlo.broadcast_in_dim"(%5153) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5155 = "stablehlo.add"(%5152, %5154) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5156 = "stablehlo.divide"(%5148, %5155) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5157 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5158 = "stablehlo.multiply"(%5156, %5157) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5159 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5160 = "stablehlo.multiply"(%2597, %5159) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5161 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5162 = "stablehlo.add"(%5160, %5161) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5163 = "stablehlo.broadcast_in_dim"(%5162) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5164 = "stablehlo.multiply"(%arg59, %5163) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5165 = "stablehlo.subtract"(%5164, %5158) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5169 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5170 = "stablehlo.add"(%arg259, %5169) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5171 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5172 = "stablehlo.broadcast_in_dim"(%5171) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5173 = "stablehlo.multiply"(%arg257, %5172) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5174 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5175 = "stablehlo.broadcast_in_dim"(%5174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5176 = "stablehlo.multiply"(%2511, %5175) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5177 = "stablehlo.add"(%5173, %5176) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5178 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5179 = "stablehlo.broadcast_in_dim"(%5178) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5180 = "stablehlo.multiply"(%arg258, %5179) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5181 = "stablehlo.multiply"(%2511, %2511) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5182 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5183 = "stablehlo.broadcast_in_dim"(%5182) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5184 = "stablehlo.multiply"(%5181, %5183) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5185 = "stablehlo.add"(%5180, %5184) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5186 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5187 = "stablehlo.power"(%5186, %5170) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5188 = "stablehlo.negate"(%5187) : (tensor<f32>) -> tensor<f32>
    %5189 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5190 = "stablehlo.add"(%5188, %5189) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5191 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5192 = "stablehlo.power"(%5191, %5170) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5193 = "stablehlo.negate"(%5192) : (tensor<f32>) -> tensor<f32>
    %5194 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5195 = "stablehlo.add"(%5193, %5194) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5196 = "stablehlo.broadcast_in_dim"(%5190) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5197 = "stablehlo.divide"(%5177, %5196) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5198 = "stablehlo.sqrt"(%5195) : (tensor<f32>) -> tensor<f32>
    %5199 = "stablehlo.sqrt"(%5185) : (tensor<128xf32>) -> tensor<128xf32>
    %5200 = "stablehlo.broadcast_in_dim"(%5198) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5201 = "stablehlo.divide"(%5199, %5200) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5202 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5203 = "stablehlo.broadcast_in_dim"(%5202) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5204 = "stablehlo.add"(%5201, %5203) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5205 = "stablehlo.divide"(%5197, %5204) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5206 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5207 = "stablehlo.multiply"(%5205, %5206) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5208 = "stablehlo.subtract"(%arg60, %5207) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5212 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5213 = "stablehlo.add"(%arg262, %5212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5214 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5215 = "stablehlo.broadcast_in_dim"(%5214) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5216 = "stablehlo.multiply"(%arg260, %5215) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5217 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5218 = "stablehlo.broadcast_in_dim"(%5217) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5219 = "stablehlo.multiply"(%2513, %5218) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5220 = "stablehlo.add"(%5216, %5219) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5221 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5222 = "stablehlo.broadcast_in_dim"(%5221) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5223 = "stablehlo.multiply"(%arg261, %5222) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5224 = "stablehlo.multiply"(%2513, %2513) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5225 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5226 = "stablehlo.broadcast_in_dim"(%5225) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5227 = "stablehlo.multiply"(%5224, %5226) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5228 = "stablehlo.add"(%5223, %5227) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5229 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5230 = "stablehlo.power"(%5229, %5213) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5231 = "stablehlo.negate"(%5230) : (tensor<f32>) -> tensor<f32>
    %5232 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5233 = "stablehlo.add"(%5231, %5232) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5234 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5235 = "stablehlo.power"(%5234, %5213) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5236 = "stablehlo.negate"(%5235) : (tensor<f32>) -> tensor<f32>
    %5237 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5238 = "stablehlo.add"(%5236, %5237) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5239 = "stablehlo.broadcast_in_dim"(%5233) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5240 = "stablehlo.divide"(%5220, %5239) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5241 = "stablehlo.sqrt"(%5238) : (tensor<f32>) -> tensor<f32>
    %5242 = "stablehlo.sqrt"(%5228) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5243 = "stablehlo.broadcast_in_dim"(%5241) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5244 = "stablehlo.divide"(%5242, %5243) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5245 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5246 = "stablehlo.broadcast_in_dim"(%5245) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5247 = "stablehlo.add"(%5244, %5246) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5248 = "stablehlo.divide"(%5240, %5247) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5249 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5250 = "stablehlo.multiply"(%5248, %5249) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5251 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5252 = "stablehlo.multiply"(%2597, %5251) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5253 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5254 = "stablehlo.add"(%5252, %5253) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5255 = "stablehlo.broadcast_in_dim"(%5254) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5256 = "stablehlo.multiply"(%arg61, %5255) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5257 = "stablehlo.subtract"(%5256, %5250) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5261 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5262 = "stablehlo.add"(%arg265, %5261) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5263 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5264 = "stablehlo.broadcast_in_dim"(%5263) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5265 = "stablehlo.multiply"(%arg263, %5264) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5266 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5267 = "stablehlo.broadcast_in_dim"(%5266) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5268 = "stablehlo.multiply"(%2515, %5267) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5269 = "stablehlo.add"(%5265, %5268) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5270 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5271 = "stablehlo.broadcast_in_dim"(%5270) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5272 = "stablehlo.multiply"(%arg264, %5271) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5273 = "stablehlo.multiply"(%2515, %2515) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5274 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5275 = "stablehlo.broadcast_in_dim"(%5274) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5276 = "stablehlo.multiply"(%5273, %5275) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5277 = "stablehlo.add"(%5272, %5276) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5278 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5279 = "stablehlo.power"(%5278, %5262) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5280 = "stablehlo.negate"(%5279) : (tensor<f32>) -> tensor<f32>
    %5281 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5282 = "stablehlo.add"(%5280, %5281) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5283 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5284 = "stablehlo.power"(%5283, %5262) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5285 = "stablehlo.negate"(%5284) : (tensor<f32>) -> tensor<f32>
    %5286 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5287 = "stablehlo.add"(%5285, %5286) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5288 = "stablehlo.broadcast_in_dim"(%5282) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5289 = "stablehlo.divide"(%5269, %5288) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5290 = "stablehlo.sqrt"(%5287) : (tensor<f32>) -> tensor<f32>
    %5291 = "stablehlo.sqrt"(%5277) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5292 = "stablehlo.broadcast_in_dim"(%5290) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5293 = "stablehlo.divide"(%5291, %5292) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5294 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5295 = "stablehlo.broadcast_in_dim"(%5294) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5296 = "stablehlo.add"(%5293, %5295) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5297 = "stablehlo.divide"(%5289, %5296) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5298 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5299 = "stablehlo.multiply"(%5297, %5298) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5300 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5301 = "stablehlo.multiply"(%2597, %5300) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5302 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5303 = "stablehlo.add"(%5301, %5302) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5304 = "stablehlo.broadcast_in_dim"(%5303) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5305 = "stablehlo.multiply"(%arg62, %5304) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5306 = "stablehlo.subtract"(%5305, %5299) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5310 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5311 = "stablehlo.add"(%arg268, %5310) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5312 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5313 = "stablehlo.broadcast_in_dim"(%5312) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5314 = "stablehlo.multiply"(%arg266, %5313) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5315 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5316 = "stablehlo.broadcast_in_dim"(%5315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5317 = "stablehlo.multiply"(%2517, %5316) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5318 = "stablehlo.add"(%5314, %5317) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5319 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5320 = "stablehlo.broadcast_in_dim"(%5319) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5321 = "stablehlo.multiply"(%arg267, %5320) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5322 = "stablehlo.multiply"(%2517, %2517) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5323 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5324 = "stablehlo.broadcast_in_dim"(%5323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5325 = "stablehlo.multiply"(%5322, %5324) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5326 = "stablehlo.add"(%5321, %5325) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5327 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5328 = "stablehlo.power"(%5327, %5311) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5329 = "stablehlo.negate"(%5328) : (tensor<f32>) -> tensor<f32>
    %5330 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5331 = "stablehlo.add"(%5329, %5330) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5332 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5333 = "stablehlo.power"(%5332, %5311) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5334 = "stablehlo.negate"(%5333) : (tensor<f32>) -> tensor<f32>
    %5335 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5336 = "stablehlo.add"(%5334, %5335) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5337 = "stablehlo.broadcast_in_dim"(%5331) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5338 = "stablehlo.divide"(%5318, %5337) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5339 = "stablehlo.sqrt"(%5336) : (tensor<f32>) -> tensor<f32>
    %5340 = "stablehlo.sqrt"(%5326) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5341 = "stablehlo.broadcast_in_dim"(%5339) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5342 = "stablehlo.divide"(%5340, %5341) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5343 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5344 = "stablehlo.broadcast_in_dim"(%5343) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5345 = "stablehlo.add"(%5342, %5344) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5346 = "stablehlo.divide"(%5338, %5345) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5347 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5348 = "stablehlo.multiply"(%5346, %5347) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5349 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5350 = "stablehlo.multiply"(%2597, %5349) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5351 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5352 = "stablehlo.add"(%5350, %5351) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5353 = "stablehlo.broadcast_in_dim"(%5352) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5354 = "stablehlo.multiply"(%arg63, %5353) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5355 = "stablehlo.subtract"(%5354, %5348) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5359 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5360 = "stablehlo.add"(%arg271, %5359) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5361 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5362 = "stablehlo.broadcast_in_dim"(%5361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5363 = "stablehlo.multiply"(%arg269, %5362) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5364 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5365 = "stablehlo.broadcast_in_dim"(%5364) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5366 = "stablehlo.multiply"(%2519, %5365) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5367 = "stablehlo.add"(%5363, %5366) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5368 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5369 = "stablehlo.broadcast_in_dim"(%5368) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5370 = "stablehlo.multiply"(%arg270, %5369) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5371 = "stablehlo.multiply"(%2519, %2519) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5372 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5373 = "stablehlo.broadcast_in_dim"(%5372) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5374 = "stablehlo.multiply"(%5371, %5373) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5375 = "stablehlo.add"(%5370, %5374) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5376 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5377 = "stablehlo.power"(%5376, %5360) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5378 = "stablehlo.negate"(%5377) : (tensor<f32>) -> tensor<f32>
    %5379 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5380 = "stablehlo.add"(%5378, %5379) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5381 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5382 = "stablehlo.power"(%5381, %5360) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5383 = "stablehlo.negate"(%5382) : (tensor<f32>) -> tensor<f32>
    %5384 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5385 = "stablehlo.add"(%5383, %5384) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5386 = "stablehlo.broadcast_in_dim"(%5380) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5387 = "stablehlo.divide"(%5367, %5386) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5388 = "stablehlo.sqrt"(%5385) : (tensor<f32>) -> tensor<f32>
    %5389 = "stablehlo.sqrt"(%5375) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5390 = "stablehlo.broadcast_in_dim"(%5388) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5391 = "stablehlo.divide"(%5389, %5390) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5392 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5393 = "stablehlo.broadcast_in_dim"(%5392) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5394 = "stablehlo.add"(%5391, %5393) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5395 = "stablehlo.divide"(%5387, %5394) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5396 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5397 = "stablehlo.multiply"(%5395, %5396) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5398 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5399 = "stablehlo.multiply"(%2597, %5398) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5400 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5401 = "stablehlo.add"(%5399, %5400) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5402 = "stablehlo.broadcast_in_dim"(%5401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5403 = "stablehlo.multiply"(%arg64, %5402) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5404 = "stablehlo.subtract"(%5403, %5397) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5408 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5409 = "stablehlo.add"(%arg274, %5408) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5410 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5411 = "stablehlo.broadcast_in_dim"(%5410) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5412 = "stablehlo.multiply"(%arg272, %5411) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5413 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5414 = "stablehlo.broadcast_in_dim"(%5413) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5415 = "stablehlo.multiply"(%2521, %5414) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5416 = "stablehlo.add"(%5412, %5415) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5417 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5418 = "stablehlo.broadcast_in_dim"(%5417) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5419 = "stablehlo.multiply"(%arg273, %5418) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5420 = "stablehlo.multiply"(%2521, %2521) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5421 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5422 = "stablehlo.broadcast_in_dim"(%5421) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5423 = "stablehlo.multiply"(%5420, %5422) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5424 = "stablehlo.add"(%5419, %5423) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5425 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5426 = "stablehlo.power"(%5425, %5409) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5427 = "stablehlo.negate"(%5426) : (tensor<f32>) -> tensor<f32>
    %5428 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5429 = "stablehlo.add"(%5427, %5428) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5430 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5431 = "stablehlo.power"(%5430, %5409) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5432 = "stablehlo.negate"(%5431) : (tensor<f32>) -> tensor<f32>
    %5433 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5434 = "stablehlo.add"(%5432, %5433) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5435 = "stablehlo.broadcast_in_dim"(%5429) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5436 = "stablehlo.divide"(%5416, %5435) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5437 = "stablehlo.sqrt"(%5434) : (tensor<f32>) -> tensor<f32>
    %5438 = "stablehlo.sqrt"(%5424) : (tensor<128xf32>) -> tensor<128xf32>
    %5439 = "stablehlo.broadcast_in_dim"(%5437) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5440 = "stablehlo.divide"(%5438, %5439) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5441 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5442 = "stablehlo.broadcast_in_dim"(%5441) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5443 = "stablehlo.add"(%5440, %5442) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5444 = "stablehlo.divide"(%5436, %5443) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5445 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5446 = "stablehlo.multiply"(%5444, %5445) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5447 = "stablehlo.subtract"(%arg65, %5446) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5451 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5452 = "stablehlo.add"(%arg277, %5451) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5453 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5454 = "stablehlo.broadcast_in_dim"(%5453) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5455 = "stablehlo.multiply"(%arg275, %5454) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5456 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5457 = "stablehlo.broadcast_in_dim"(%5456) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5458 = "stablehlo.multiply"(%2523, %5457) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5459 = "stablehlo.add"(%5455, %5458) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5460 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5461 = "stablehlo.broadcast_in_dim"(%5460) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5462 = "stablehlo.multiply"(%arg276, %5461) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5463 = "stablehlo.multiply"(%2523, %2523) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5464 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5465 = "stablehlo.broadcast_in_dim"(%5464) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5466 = "stablehlo.multiply"(%5463, %5465) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5467 = "stablehlo.add"(%5462, %5466) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5468 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5469 = "stablehlo.power"(%5468, %5452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5470 = "stablehlo.negate"(%5469) : (tensor<f32>) -> tensor<f32>
    %5471 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5472 = "stablehlo.add"(%5470, %5471) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5473 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5474 = "stablehlo.power"(%5473, %5452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5475 = "stablehlo.negate"(%5474) : (tensor<f32>) -> tensor<f32>
    %5476 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5477 = "stablehlo.add"(%5475, %5476) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5478 = "stablehlo.broadcast_in_dim"(%5472) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5479 = "stablehlo.divide"(%5459, %5478) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5480 = "stablehlo.sqrt"(%5477) : (tensor<f32>) -> tensor<f32>
    %5481 = "stablehlo.sqrt"(%5467) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %5482 = "stablehlo.broadcast_in_dim"(%5480) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5483 = "stablehlo.divide"(%5481, %5482) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5484 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5485 = "stablehlo.broadcast_in_dim"(%5484) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5486 = "stablehlo.add"(%5483, %5485) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5487 = "stablehlo.divide"(%5479, %5486) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5488 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5489 = "stablehlo.multiply"(%5487, %5488) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5490 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5491 = "stablehlo.multiply"(%2597, %5490) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5492 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5493 = "stablehlo.add"(%5491, %5492) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5494 = "stablehlo.broadcast_in_dim"(%5493) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5495 = "stablehlo.multiply"(%arg66, %5494) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5496 = "stablehlo.subtract"(%5495, %5489) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5500 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5501 = "stablehlo.add"(%arg280, %5500) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5502 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5503 = "stablehlo.broadcast_in_dim"(%5502) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5504 = "stablehlo.multiply"(%arg278, %5503) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5505 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5506 = "stablehlo.broadcast_in_dim"(%5505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5507 = "stablehlo.multiply"(%2525, %5506) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5508 = "stablehlo.add"(%5504, %5507) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5509 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5510 = "stablehlo.broadcast_in_dim"(%5509) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5511 = "stablehlo.multiply"(%arg279, %5510) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5512 = "stablehlo.multiply"(%2525, %2525) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5513 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5514 = "stablehlo.broadcast_in_dim"(%5513) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5515 = "stablehlo.multiply"(%5512, %5514) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5516 = "stablehlo.add"(%5511, %5515) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5517 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5518 = "stablehlo.power"(%5517, %5501) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5519 = "stablehlo.negate"(%5518) : (tensor<f32>) -> tensor<f32>
    %5520 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5521 = "stablehlo.add"(%5519, %5520) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5522 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5523 = "stablehlo.power"(%5522, %5501) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5524 = "stablehlo.negate"(%5523) : (tensor<f32>) -> tensor<f32>
    %5525 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5526 = "stablehlo.add"(%5524, %5525) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5527 = "stablehlo.broadcast_in_dim"(%5521) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5528 = "stablehlo.divide"(%5508, %5527) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5529 = "stablehlo.sqrt"(%5526) : (tensor<f32>) -> tensor<f32>
    %5530 = "stablehlo.sqrt"(%5516) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %5531 = "stablehlo.broadcast_in_dim"(%5529) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5532 = "stablehlo.divide"(%5530, %5531) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5533 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5534 = "stablehlo.broadcast_in_dim"(%5533) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5535 = "stablehlo.add"(%5532, %5534) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5536 = "stablehlo.divide"(%5528, %5535) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5537 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5538 = "stablehlo.multiply"(%5536, %5537) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5539 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5540 = "stablehlo.multiply"(%2597, %5539) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5541 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5542 = "stablehlo.add"(%5540, %5541) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5543 = "stablehlo.broadcast_in_dim"(%5542) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5544 = "stablehlo.multiply"(%arg67, %5543) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5545 = "stablehlo.subtract"(%5544, %5538) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5549 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5550 = "stablehlo.add"(%arg283, %5549) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5551 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5552 = "stablehlo.broadcast_in_dim"(%5551) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5553 = "stablehlo.multiply"(%arg281, %5552) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5554 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5555 = "stablehlo.broadcast_in_dim"(%5554) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5556 = "stablehlo.multiply"(%2527, %5555) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5557 = "stablehlo.add"(%5553, %5556) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5558 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5559 = "stablehlo.broadcast_in_dim"(%5558) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5560 = "stablehlo.multiply"(%arg282, %5559) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5561 = "stablehlo.multiply"(%2527, %2527) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5562 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5563 = "stablehlo.broadcast_in_dim"(%5562) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5564 = "stablehlo.multiply"(%5561, %5563) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5565 = "stablehlo.add"(%5560, %5564) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5566 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5567 = "stablehlo.power"(%5566, %5550) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5568 = "stablehlo.negate"(%5567) : (tensor<f32>) -> tensor<f32>
    %5569 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5570 = "stablehlo.add"(%5568, %5569) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5571 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5572 = "stablehlo.power"(%5571, %5550) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5573 = "stablehlo.negate"(%5572) : (tensor<f32>) -> tensor<f32>
    %5574 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5575 = "stablehlo.add"(%5573, %5574) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5576 = "stablehlo.broadcast_in_dim"(%5570) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5577 = "stablehlo.divide"(%5557, %5576) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5578 = "stablehlo.sqrt"(%5575) : (tensor<f32>) -> tensor<f32>
    %5579 = "stablehlo.sqrt"(%5565) : (tensor<128xf32>) -> tensor<128xf32>
    %5580 = "stablehlo.broadcast_in_dim"(%5578) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5581 = "stablehlo.divide"(%5579, %5580) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5582 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5583 = "stablehlo.broadcast_in_dim"(%5582) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5584 = "stablehlo.add"(%5581, %5583) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5585 = "stablehlo.divide"(%5577, %5584) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5586 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5587 = "stablehlo.multiply"(%5585, %5586) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5588 = "stablehlo.subtract"(%arg68, %5587) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5592 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5593 = "stablehlo.add"(%arg286, %5592) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5594 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5595 = "stablehlo.broadcast_in_dim"(%5594) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5596 = "stablehlo.multiply"(%arg284, %5595) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5597 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5598 = "stablehlo.broadcast_in_dim"(%5597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5599 = "stablehlo.multiply"(%2529, %5598) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5600 = "stablehlo.add"(%5596, %5599) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5601 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5602 = "stablehlo.broadcast_in_dim"(%5601) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5603 = "stablehlo.multiply"(%arg285, %5602) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5604 = "stablehlo.multiply"(%2529, %2529) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5605 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5606 = "stablehlo.broadcast_in_dim"(%5605) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5607 = "stablehlo.multiply"(%5604, %5606) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5608 = "stablehlo.add"(%5603, %5607) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5609 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5610 = "stablehlo.power"(%5609, %5593) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5611 = "stablehlo.negate"(%5610) : (tensor<f32>) -> tensor<f32>
    %5612 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5613 = "stablehlo.add"(%5611, %5612) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5614 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5615 = "stablehlo.power"(%5614, %5593) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5616 = "stablehlo.negate"(%5615) : (tensor<f32>) -> tensor<f32>
    %5617 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5618 = "stablehlo.add"(%5616, %5617) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5619 = "stablehlo.broadcast_in_dim"(%5613) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5620 = "stablehlo.divide"(%5600, %5619) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5621 = "stablehlo.sqrt"(%5618) : (tensor<f32>) -> tensor<f32>
    %5622 = "stablehlo.sqrt"(%5608) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5623 = "stablehlo.broadcast_in_dim"(%5621) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5624 = "stablehlo.divide"(%5622, %5623) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5625 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5626 = "stablehlo.broadcast_in_dim"(%5625) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5627 = "stablehlo.add"(%5624, %5626) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5628 = "stablehlo.divide"(%5620, %5627) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5629 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5630 = "stablehlo.multiply"(%5628, %5629) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5631 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5632 = "stablehlo.multiply"(%2597, %5631) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5633 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5634 = "stablehlo.add"(%5632, %5633) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5635 = "stablehlo.broadcast_in_dim"(%5634) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5636 = "stablehlo.multiply"(%arg69, %5635) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5637 = "stablehlo.subtract"(%5636, %5630) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5641 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5642 = "stablehlo.add"(%arg289, %5641) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5643 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5644 = "stablehlo.broadcast_in_dim"(%5643) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5645 = "stablehlo.multiply"(%arg287, %5644) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5646 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5647 = "stablehlo.broadcast_in_dim"(%5646) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5648 = "stablehlo.multiply"(%2531, %5647) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5649 = "stablehlo.add"(%5645, %5648) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5650 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5651 = "stablehlo.broadcast_in_dim"(%5650) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5652 = "stablehlo.multiply"(%arg288, %5651) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5653 = "stablehlo.multiply"(%2531, %2531) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5654 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5655 = "stablehlo.broadcast_in_dim"(%5654) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5656 = "stablehlo.multiply"(%5653, %5655) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5657 = "stablehlo.add"(%5652, %5656) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5658 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5659 = "stablehlo.power"(%5658, %5642) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5660 = "stablehlo.negate"(%5659) : (tensor<f32>) -> tensor<f32>
    %5661 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5662 = "stablehlo.add"(%5660, %5661) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5663 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5664 = "stablehlo.power"(%5663, %5642) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5665 = "stablehlo.negate"(%5664) : (tensor<f32>) -> tensor<f32>
    %5666 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5667 = "stablehlo.add"(%5665, %5666) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5668 = "stablehlo.broadcast_in_dim"(%5662) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5669 = "stablehlo.divide"(%5649, %5668) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5670 = "stablehlo.sqrt"(%5667) : (tensor<f32>) -> tensor<f32>
    %5671 = "stablehlo.sqrt"(%5657) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5672 = "stablehlo.broadcast_in_dim"(%5670) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5673 = "stablehlo.divide"(%5671, %5672) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5674 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5675 = "stablehlo.broadcast_in_dim"(%5674) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5676 = "stablehlo.add"(%5673, %5675) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5677 = "stablehlo.divide"(%5669, %5676) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5678 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5679 = "stablehlo.multiply"(%5677, %5678) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5680 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5681 = "stablehlo.multiply"(%2597, %5680) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5682 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5683 = "stablehlo.add"(%5681, %5682) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5684 = "stablehlo.broadcast_in_dim"(%5683) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5685 = "stablehlo.multiply"(%arg70, %5684) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5686 = "stablehlo.subtract"(%5685, %5679) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5690 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5691 = "stablehlo.add"(%arg292, %5690) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5692 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5693 = "stablehlo.broadcast_in_dim"(%5692) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5694 = "stablehlo.multiply"(%arg290, %5693) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5695 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5696 = "stablehlo.broadcast_in_dim"(%5695) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5697 = "stablehlo.multiply"(%2533, %5696) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5698 = "stablehlo.add"(%5694, %5697) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5699 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5700 = "stablehlo.broadcast_in_dim"(%5699) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5701 = "stablehlo.multiply"(%arg291, %5700) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5702 = "stablehlo.multiply"(%2533, %2533) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5703 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5704 = "stablehlo.broadcast_in_dim"(%5703) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5705 = "stablehlo.multiply"(%5702, %5704) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5706 = "stablehlo.add"(%5701, %5705) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5707 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5708 = "stablehlo.power"(%5707, %5691) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5709 = "stablehlo.negate"(%5708) : (tensor<f32>) -> tensor<f32>
    %5710 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5711 = "stablehlo.add"(%5709, %5710) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5712 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5713 = "stablehlo.power"(%5712, %5691) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5714 = "stablehlo.negate"(%5713) : (tensor<f32>) -> tensor<f32>
    %5715 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5716 = "stablehlo.add"(%5714, %5715) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5717 = "stablehlo.broadcast_in_dim"(%5711) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5718 = "stablehlo.divide"(%5698, %5717) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5719 = "stablehlo.sqrt"(%5716) : (tensor<f32>) -> tensor<f32>
    %5720 = "stablehlo.sqrt"(%5706) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5721 = "stablehlo.broadcast_in_dim"(%5719) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5722 = "stablehlo.divide"(%5720, %5721) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5723 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5724 = "stablehlo.broadcast_in_dim"(%5723) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5725 = "stablehlo.add"(%5722, %5724) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5726 = "stablehlo.divide"(%5718, %5725) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5727 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5728 = "stablehlo.multiply"(%5726, %5727) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5729 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5730 = "stablehlo.multiply"(%2597, %5729) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5731 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5732 = "stablehlo.add"(%5730, %5731) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5733 = "stablehlo.broadcast_in_dim"(%5732) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5734 = "stablehlo.multiply"(%arg71, %5733) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5735 = "stablehlo.subtract"(%5734, %5728) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5739 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5740 = "stablehlo.add"(%arg295, %5739) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5741 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5742 = "stablehlo.broadcast_in_dim"(%5741) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5743 = "stablehlo.multiply"(%arg293, %5742) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5744 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5745 = "stablehlo.broadcast_in_dim"(%5744) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5746 = "stablehlo.multiply"(%2535, %5745) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5747 = "stablehlo.add"(%5743, %5746) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5748 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5749 = "stablehlo.broadcast_in_dim"(%5748) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5750 = "stablehlo.multiply"(%arg294, %5749) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5751 = "stablehlo.multiply"(%2535, %2535) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5752 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5753 = "stablehlo.broadcast_in_dim"(%5752) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5754 = "stablehlo.multiply"(%5751, %5753) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5755 = "stablehlo.add"(%5750, %5754) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5756 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5757 = "stablehlo.power"(%5756, %5740) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5758 = "stablehlo.negate"(%5757) : (tensor<f32>) -> tensor<f32>
    %5759 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5760 = "stablehlo.add"(%5758, %5759) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5761 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5762 = "stablehlo.power"(%5761, %5740) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5763 = "stablehlo.negate"(%5762) : (tensor<f32>) -> tensor<f32>
    %5764 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5765 = "stablehlo.add"(%5763, %5764) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5766 = "stablehlo.broadcast_in_dim"(%5760) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5767 = "stablehlo.divide"(%5747, %5766) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5768 = "stablehlo.sqrt"(%5765) : (tensor<f32>) -> tensor<f32>
    %5769 = "stablehlo.sqrt"(%5755) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5770 = "stablehlo.broadcast_in_dim"(%5768) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5771 = "stablehlo.divide"(%5769, %5770) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5772 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5773 = "stablehlo.broadcast_in_dim"(%5772) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5774 = "stablehlo.add"(%5771, %5773) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5775 = "stablehlo.divide"(%5767, %5774) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5776 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5777 = "stablehlo.multiply"(%5775, %5776) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5778 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5779 = "stablehlo.multiply"(%2597, %5778) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5780 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5781 = "stablehlo.add"(%5779, %5780) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5782 = "stablehlo.broadcast_in_dim"(%5781) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5783 = "stablehlo.multiply"(%arg72, %5782) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5784 = "stablehlo.subtract"(%5783, %5777) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5788 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5789 = "stablehlo.add"(%arg298, %5788) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5790 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5791 = "stablehlo.broadcast_in_dim"(%5790) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5792 = "stablehlo.multiply"(%arg296, %5791) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5793 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5794 = "stablehlo.broadcast_in_dim"(%5793) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5795 = "stablehlo.multiply"(%2537, %5794) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5796 = "stablehlo.add"(%5792, %5795) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5797 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5798 = "stablehlo.broadcast_in_dim"(%5797) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5799 = "stablehlo.multiply"(%arg297, %5798) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5800 = "stablehlo.multiply"(%2537, %2537) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5801 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5802 = "stablehlo.broadcast_in_dim"(%5801) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5803 = "stablehlo.multiply"(%5800, %5802) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5804 = "stablehlo.add"(%5799, %5803) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5805 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5806 = "stablehlo.power"(%5805, %5789) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5807 = "stablehlo.negate"(%5806) : (tensor<f32>) -> tensor<f32>
    %5808 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5809 = "stablehlo.add"(%5807, %5808) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5810 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5811 = "stablehlo.power"(%5810, %5789) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5812 = "stablehlo.negate"(%5811) : (tensor<f32>) -> tensor<f32>
    %5813 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5814 = "stablehlo.add"(%5812, %5813) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5815 = "stablehlo.broadcast_in_dim"(%5809) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5816 = "stablehlo.divide"(%5796, %5815) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5817 = "stablehlo.sqrt"(%5814) : (tensor<f32>) -> tensor<f32>
    %5818 = "stablehlo.sqrt"(%5804) : (tensor<128xf32>) -> tensor<128xf32>
    %5819 = "stablehlo.broadcast_in_dim"(%5817) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5820 = "stablehlo.divide"(%5818, %5819) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5821 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5822 = "stablehlo.broadcast_in_dim"(%5821) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5823 = "stablehlo.add"(%5820, %5822) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5824 = "stablehlo.divide"(%5816, %5823) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5825 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5826 = "stablehlo.multiply"(%5824, %5825) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5827 = "stablehlo.subtract"(%arg73, %5826) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5831 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5832 = "stablehlo.add"(%arg301, %5831) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5833 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5834 = "stablehlo.broadcast_in_dim"(%5833) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5835 = "stablehlo.multiply"(%arg299, %5834) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5836 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5837 = "stablehlo.broadcast_in_dim"(%5836) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5838 = "stablehlo.multiply"(%2539, %5837) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5839 = "stablehlo.add"(%5835, %5838) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5840 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5841 = "stablehlo.broadcast_in_dim"(%5840) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5842 = "stablehlo.multiply"(%arg300, %5841) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5843 = "stablehlo.multiply"(%2539, %2539) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5844 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5845 = "stablehlo.broadcast_in_dim"(%5844) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5846 = "stablehlo.multiply"(%5843, %5845) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5847 = "stablehlo.add"(%5842, %5846) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5848 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5849 = "stablehlo.power"(%5848, %5832) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5850 = "stablehlo.negate"(%5849) : (tensor<f32>) -> tensor<f32>
    %5851 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5852 = "stablehlo.add"(%5850, %5851) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5853 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5854 = "stablehlo.power"(%5853, %5832) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5855 = "stablehlo.negate"(%5854) : (tensor<f32>) -> tensor<f32>
    %5856 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5857 = "stablehlo.add"(%5855, %5856) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5858 = "stablehlo.broadcast_in_dim"(%5852) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5859 = "stablehlo.divide"(%5839, %5858) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5860 = "stablehlo.sqrt"(%5857) : (tensor<f32>) -> tensor<f32>
    %5861 = "stablehlo.sqrt"(%5847) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5862 = "stablehlo.broadcast_in_dim"(%5860) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5863 = "stablehlo.divide"(%5861, %5862) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5864 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5865 = "stablehlo.broadcast_in_dim"(%5864) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5866 = "stablehlo.add"(%5863, %5865) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5867 = "stablehlo.divide"(%5859, %5866) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5868 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5869 = "stablehlo.multiply"(%5867, %5868) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5870 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5871 = "stablehlo.multiply"(%2597, %5870) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5872 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5873 = "stablehlo.add"(%5871, %5872) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5874 = "stablehlo.broadcast_in_dim"(%5873) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5875 = "stablehlo.multiply"(%arg74, %5874) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5876 = "stablehlo.subtract"(%5875, %5869) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5880 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5881 = "stablehlo.add"(%arg304, %5880) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5882 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5883 = "stablehlo.broadcast_in_dim"(%5882) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5884 = "stablehlo.multiply"(%arg302, %5883) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5885 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5886 = "stablehlo.broadcast_in_dim"(%5885) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5887 = "stablehlo.multiply"(%2541, %5886) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5888 = "stablehlo.add"(%5884, %5887) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5889 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5890 = "stablehlo.broadcast_in_dim"(%5889) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5891 = "stablehlo.multiply"(%arg303, %5890) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5892 = "stablehlo.multiply"(%2541, %2541) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5893 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5894 = "stablehlo.broadcast_in_dim"(%5893) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5895 = "stablehlo.multiply"(%5892, %5894) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5896 = "stablehlo.add"(%5891, %5895) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5897 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5898 = "stablehlo.power"(%5897, %5881) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5899 = "stablehlo.negate"(%5898) : (tensor<f32>) -> tensor<f32>
    %5900 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5901 = "stablehlo.add"(%5899, %5900) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5902 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5903 = "stablehlo.power"(%5902, %5881) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5904 = "stablehlo.negate"(%5903) : (tensor<f32>) -> tensor<f32>
    %5905 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5906 = "stablehlo.add"(%5904, %5905) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5907 = "stablehlo.broadcast_in_dim"(%5901) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5908 = "stablehlo.divide"(%5888, %5907) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5909 = "stablehlo.sqrt"(%5906) : (tensor<f32>) -> tensor<f32>
    %5910 = "stablehlo.sqrt"(%5896) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5911 = "stablehlo.broadcast_in_dim"(%5909) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5912 = "stablehlo.divide"(%5910, %5911) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5913 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5914 = "stablehlo.broadcast_in_dim"(%5913) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5915 = "stablehlo.add"(%5912, %5914) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5916 = "stablehlo.divide"(%5908, %5915) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5917 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5918 = "stablehlo.multiply"(%5916, %5917) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5919 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5920 = "stablehlo.multiply"(%2597, %5919) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5921 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5922 = "stablehlo.add"(%5920, %5921) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5923 = "stablehlo.broadcast_in_dim"(%5922) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5924 = "stablehlo.multiply"(%arg75, %5923) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5925 = "stablehlo.subtract"(%5924, %5918) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5929 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5930 = "stablehlo.add"(%arg307, %5929) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5931 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5932 = "stablehlo.broadcast_in_dim"(%5931) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5933 = "stablehlo.multiply"(%arg305, %5932) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5934 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5935 = "stablehlo.broadcast_in_dim"(%5934) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5936 = "stablehlo.multiply"(%2543, %5935) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5937 = "stablehlo.add"(%5933, %5936) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5938 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5939 = "stablehlo.broadcast_in_dim"(%5938) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5940 = "stablehlo.multiply"(%arg306, %5939) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5941 = "stablehlo.multiply"(%2543, %2543) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5942 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5943 = "stablehlo.broadcast_in_dim"(%5942) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5944 = "stablehlo.multiply"(%5941, %5943) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5945 = "stablehlo.add"(%5940, %5944) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5946 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5947 = "stablehlo.power"(%5946, %5930) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5948 = "stablehlo.negate"(%5947) : (tensor<f32>) -> tensor<f32>
    %5949 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5950 = "stablehlo.add"(%5948, %5949) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5951 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5952 = "stablehlo.power"(%5951, %5930) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5953 = "stablehlo.negate"(%5952) : (tensor<f32>) -> tensor<f32>
    %5954 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5955 = "stablehlo.add"(%5953, %5954) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5956 = "stablehlo.broadcast_in_dim"(%5950) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5957 = "stablehlo.divide"(%5937, %5956) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5958 = "stablehlo.sqrt"(%5955) : (tensor<f32>) -> tensor<f32>
    %5959 = "stablehlo.sqrt"(%5945) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5960 = "stablehlo.broadcast_in_dim"(%5958) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5961 = "stablehlo.divide"(%5959, %5960) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5962 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5963 = "stablehlo.broadcast_in_dim"(%5962) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5964 = "stablehlo.add"(%5961, %5963) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5965 = "stablehlo.divide"(%5957, %5964) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5966 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5967 = "stablehlo.multiply"(%5965, %5966) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5968 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5969 = "stablehlo.multiply"(%2597, %5968) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5970 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5971 = "stablehlo.add"(%5969, %5970) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5972 = "stablehlo.broadcast_in_dim"(%5971) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5973 = "stablehlo.multiply"(%arg76, %5972) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5974 = "stablehlo.subtract"(%5973, %5967) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5978 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5979 = "stablehlo.add"(%arg310, %5978) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5980 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5981 = "stablehlo.broadcast_in_dim"(%5980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5982 = "stablehlo.multiply"(%arg308, %5981) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5983 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5984 = "stablehlo.broadcast_in_dim"(%5983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5985 = "stablehlo.multiply"(%2545, %5984) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5986 = "stablehlo.add"(%5982, %5985) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5987 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5988 = "stablehlo.broadcast_in_dim"(%5987) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5989 = "stablehlo.multiply"(%arg309, %5988) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5990 = "stablehlo.multiply"(%2545, %2545) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5991 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5992 = "stablehlo.broadcast_in_dim"(%5991) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5993 = "stablehlo.multiply"(%5990, %5992) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5994 = "stablehlo.add"(%5989, %5993) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5995 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5996 = "stablehlo.power"(%5995, %5979) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5997 = "stablehlo.negate"(%5996) : (tensor<f32>) -> tensor<f32>
    %5998 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5999 = "stablehlo.add"(%5997, %5998) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6000 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6001 = "stablehlo.power"(%6000, %5979) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6002 = "stablehlo.negate"(%6001) : (tensor<f32>) -> tensor<f32>
    %6003 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6004 = "stablehlo.add"(%6002, %6003) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6005 = "stablehlo.broadcast_in_dim"(%5999) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6006 = "stablehlo.divide"(%5986, %6005) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6007 = "stablehlo.sqrt"(%6004) : (tensor<f32>) -> tensor<f32>
    %6008 = "stablehlo.sqrt"(%5994) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6009 = "stablehlo.broadcast_in_dim"(%6007) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6010 = "stablehlo.divide"(%6008, %6009) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6011 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6012 = "stablehlo.broadcast_in_dim"(%6011) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6013 = "stablehlo.add"(%6010, %6012) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6014 = "stablehlo.divide"(%6006, %6013) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6015 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6016 = "stablehlo.multiply"(%6014, %6015) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6017 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6018 = "stablehlo.multiply"(%2597, %6017) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6019 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6020 = "stablehlo.add"(%6018, %6019) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6021 = "stablehlo.broadcast_in_dim"(%6020) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6022 = "stablehlo.multiply"(%arg77, %6021) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6023 = "stablehlo.subtract"(%6022, %6016) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6027 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6028 = "stablehlo.add"(%arg313, %6027) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6029 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6030 = "stablehlo.broadcast_in_dim"(%6029) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6031 = "stablehlo.multiply"(%arg311, %6030) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6032 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6033 = "stablehlo.broadcast_in_dim"(%6032) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6034 = "stablehlo.multiply"(%2547, %6033) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6035 = "stablehlo.add"(%6031, %6034) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6036 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6037 = "stablehlo.broadcast_in_dim"(%6036) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6038 = "stablehlo.multiply"(%arg312, %6037) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6039 = "stablehlo.multiply"(%2547, %2547) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6040 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6041 = "stablehlo.broadcast_in_dim"(%6040) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6042 = "stablehlo.multiply"(%6039, %6041) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6043 = "stablehlo.add"(%6038, %6042) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6044 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6045 = "stablehlo.power"(%6044, %6028) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6046 = "stablehlo.negate"(%6045) : (tensor<f32>) -> tensor<f32>
    %6047 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6048 = "stablehlo.add"(%6046, %6047) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6049 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6050 = "stablehlo.power"(%6049, %6028) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6051 = "stablehlo.negate"(%6050) : (tensor<f32>) -> tensor<f32>
    %6052 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6053 = "stablehlo.add"(%6051, %6052) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6054 = "stablehlo.broadcast_in_dim"(%6048) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6055 = "stablehlo.divide"(%6035, %6054) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6056 = "stablehlo.sqrt"(%6053) : (tensor<f32>) -> tensor<f32>
    %6057 = "stablehlo.sqrt"(%6043) : (tensor<128xf32>) -> tensor<128xf32>
    %6058 = "stablehlo.broadcast_in_dim"(%6056) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6059 = "stablehlo.divide"(%6057, %6058) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6060 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6061 = "stablehlo.broadcast_in_dim"(%6060) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6062 = "stablehlo.add"(%6059, %6061) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6063 = "stablehlo.divide"(%6055, %6062) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6064 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6065 = "stablehlo.multiply"(%6063, %6064) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6066 = "stablehlo.subtract"(%arg78, %6065) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6070 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6071 = "stablehlo.add"(%arg316, %6070) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6072 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6073 = "stablehlo.broadcast_in_dim"(%6072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6074 = "stablehlo.multiply"(%arg314, %6073) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6075 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6076 = "stablehlo.broadcast_in_dim"(%6075) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6077 = "stablehlo.multiply"(%2549, %6076) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6078 = "stablehlo.add"(%6074, %6077) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6079 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6080 = "stablehlo.broadcast_in_dim"(%6079) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6081 = "stablehlo.multiply"(%arg315, %6080) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6082 = "stablehlo.multiply"(%2549, %2549) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6083 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6084 = "stablehlo.broadcast_in_dim"(%6083) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6085 = "stablehlo.multiply"(%6082, %6084) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6086 = "stablehlo.add"(%6081, %6085) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6087 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6088 = "stablehlo.power"(%6087, %6071) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6089 = "stablehlo.negate"(%6088) : (tensor<f32>) -> tensor<f32>
    %6090 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6091 = "stablehlo.add"(%6089, %6090) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6092 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6093 = "stablehlo.power"(%6092, %6071) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6094 = "stablehlo.negate"(%6093) : (tensor<f32>) -> tensor<f32>
    %6095 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6096 = "stablehlo.add"(%6094, %6095) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6097 = "stablehlo.broadcast_in_dim"(%6091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6098 = "stablehlo.divide"(%6078, %6097) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6099 = "stablehlo.sqrt"(%6096) : (tensor<f32>) -> tensor<f32>
    %6100 = "stablehlo.sqrt"(%6086) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %6101 = "stablehlo.broadcast_in_dim"(%6099) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6102 = "stablehlo.divide"(%6100, %6101) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6103 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6104 = "stablehlo.broadcast_in_dim"(%6103) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6105 = "stablehlo.add"(%6102, %6104) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6106 = "stablehlo.divide"(%6098, %6105) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6107 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6108 = "stablehlo.multiply"(%6106, %6107) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6109 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6110 = "stablehlo.multiply"(%2597, %6109) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6111 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6112 = "stablehlo.add"(%6110, %6111) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6113 = "stablehlo.broadcast_in_dim"(%6112) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6114 = "stablehlo.multiply"(%arg79, %6113) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6115 = "stablehlo.subtract"(%6114, %6108) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6119 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6120 = "stablehlo.add"(%arg319, %6119) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6121 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6122 = "stablehlo.broadcast_in_dim"(%6121) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6123 = "stablehlo.multiply"(%arg317, %6122) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6124 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6125 = "stablehlo.broadcast_in_dim"(%6124) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6126 = "stablehlo.multiply"(%2551, %6125) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6127 = "stablehlo.add"(%6123, %6126) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6128 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6129 = "stablehlo.broadcast_in_dim"(%6128) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6130 = "stablehlo.multiply"(%arg318, %6129) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6131 = "stablehlo.multiply"(%2551, %2551) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6132 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6133 = "stablehlo.broadcast_in_dim"(%6132) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6134 = "stablehlo.multiply"(%6131, %6133) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6135 = "stablehlo.add"(%6130, %6134) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6136 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6137 = "stablehlo.power"(%6136, %6120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6138 = "stablehlo.negate"(%6137) : (tensor<f32>) -> tensor<f32>
    %6139 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6140 = "stablehlo.add"(%6138, %6139) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6141 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6142 = "stablehlo.power"(%6141, %6120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6143 = "stablehlo.negate"(%6142) : (tensor<f32>) -> tensor<f32>
    %6144 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6145 = "stablehlo.add"(%6143, %6144) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6146 = "stablehlo.broadcast_in_dim"(%6140) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6147 = "stablehlo.divide"(%6127, %6146) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6148 = "stablehlo.sqrt"(%6145) : (tensor<f32>) -> tensor<f32>
    %6149 = "stablehlo.sqrt"(%6135) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %6150 = "stablehlo.broadcast_in_dim"(%6148) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6151 = "stablehlo.divide"(%6149, %6150) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6152 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6153 = "stablehlo.broadcast_in_dim"(%6152) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6154 = "stablehlo.add"(%6151, %6153) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6155 = "stablehlo.divide"(%6147, %6154) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6156 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6157 = "stablehlo.multiply"(%6155, %6156) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6158 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6159 = "stablehlo.multiply"(%2597, %6158) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6160 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6161 = "stablehlo.add"(%6159, %6160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6162 = "stablehlo.broadcast_in_dim"(%6161) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6163 = "stablehlo.multiply"(%arg80, %6162) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6164 = "stablehlo.subtract"(%6163, %6157) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6168 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6169 = "stablehlo.add"(%arg322, %6168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6170 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6171 = "stablehlo.broadcast_in_dim"(%6170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6172 = "stablehlo.multiply"(%arg320, %6171) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6173 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6174 = "stablehlo.broadcast_in_dim"(%6173) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6175 = "stablehlo.multiply"(%2553, %6174) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6176 = "stablehlo.add"(%6172, %6175) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6177 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6178 = "stablehlo.broadcast_in_dim"(%6177) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6179 = "stablehlo.multiply"(%arg321, %6178) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6180 = "stablehlo.multiply"(%2553, %2553) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6181 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6182 = "stablehlo.broadcast_in_dim"(%6181) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6183 = "stablehlo.multiply"(%6180, %6182) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6184 = "stablehlo.add"(%6179, %6183) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6185 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6186 = "stablehlo.power"(%6185, %6169) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6187 = "stablehlo.negate"(%6186) : (tensor<f32>) -> tensor<f32>
    %6188 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6189 = "stablehlo.add"(%6187, %6188) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6190 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6191 = "stablehlo.power"(%6190, %6169) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6192 = "stablehlo.negate"(%6191) : (tensor<f32>) -> tensor<f32>
    %6193 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6194 = "stablehlo.add"(%6192, %6193) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6195 = "stablehlo.broadcast_in_dim"(%6189) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6196 = "stablehlo.divide"(%6176, %6195) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6197 = "stablehlo.sqrt"(%6194) : (tensor<f32>) -> tensor<f32>
    %6198 = "stablehlo.sqrt"(%6184) : (tensor<128xf32>) -> tensor<128xf32>
    %6199 = "stablehlo.broadcast_in_dim"(%6197) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6200 = "stablehlo.divide"(%6198, %6199) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6201 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6202 = "stablehlo.broadcast_in_dim"(%6201) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6203 = "stablehlo.add"(%6200, %6202) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6204 = "stablehlo.divide"(%6196, %6203) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6205 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6206 = "stablehlo.multiply"(%6204, %6205) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6207 = "stablehlo.subtract"(%arg81, %6206) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6211 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6212 = "stablehlo.add"(%arg325, %6211) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6213 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6214 = "stablehlo.broadcast_in_dim"(%6213) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6215 = "stablehlo.multiply"(%arg323, %6214) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6216 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6217 = "stablehlo.broadcast_in_dim"(%6216) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6218 = "stablehlo.multiply"(%2555, %6217) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6219 = "stablehlo.add"(%6215, %6218) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6220 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6221 = "stablehlo.broadcast_in_dim"(%6220) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6222 = "stablehlo.multiply"(%arg324, %6221) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6223 = "stablehlo.multiply"(%2555, %2555) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6224 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6225 = "stablehlo.broadcast_in_dim"(%6224) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6226 = "stablehlo.multiply"(%6223, %6225) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6227 = "stablehlo.add"(%6222, %6226) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6228 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6229 = "stablehlo.power"(%6228, %6212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6230 = "stablehlo.negate"(%6229) : (tensor<f32>) -> tensor<f32>
    %6231 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6232 = "stablehlo.add"(%6230, %6231) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6233 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6234 = "stablehlo.power"(%6233, %6212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6235 = "stablehlo.negate"(%6234) : (tensor<f32>) -> tensor<f32>
    %6236 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6237 = "stablehlo.add"(%6235, %6236) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6238 = "stablehlo.broadcast_in_dim"(%6232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6239 = "stablehlo.divide"(%6219, %6238) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6240 = "stablehlo.sqrt"(%6237) : (tensor<f32>) -> tensor<f32>
    %6241 = "stablehlo.sqrt"(%6227) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6242 = "stablehlo.broadcast_in_dim"(%6240) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6243 = "stablehlo.divide"(%6241, %6242) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6244 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6245 = "stablehlo.broadcast_in_dim"(%6244) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6246 = "stablehlo.add"(%6243, %6245) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6247 = "stablehlo.divide"(%6239, %6246) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6248 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6249 = "stablehlo.multiply"(%6247, %6248) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6250 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6251 = "stablehlo.multiply"(%2597, %6250) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6252 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6253 = "stablehlo.add"(%6251, %6252) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6254 = "stablehlo.broadcast_in_dim"(%6253) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6255 = "stablehlo.multiply"(%arg82, %6254) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6256 = "stablehlo.subtract"(%6255, %6249) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6260 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6261 = "stablehlo.add"(%arg328, %6260) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6262 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6263 = "stablehlo.broadcast_in_dim"(%6262) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6264 = "stablehlo.multiply"(%arg326, %6263) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6265 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6266 = "stablehlo.broadcast_in_dim"(%6265) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6267 = "stablehlo.multiply"(%2557, %6266) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6268 = "stablehlo.add"(%6264, %6267) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6269 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6270 = "stablehlo.broadcast_in_dim"(%6269) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6271 = "stablehlo.multiply"(%arg327, %6270) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6272 = "stablehlo.multiply"(%2557, %2557) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6273 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6274 = "stablehlo.broadcast_in_dim"(%6273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6275 = "stablehlo.multiply"(%6272, %6274) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6276 = "stablehlo.add"(%6271, %6275) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6277 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6278 = "stablehlo.power"(%6277, %6261) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6279 = "stablehlo.negate"(%6278) : (tensor<f32>) -> tensor<f32>
    %6280 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6281 = "stablehlo.add"(%6279, %6280) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6282 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6283 = "stablehlo.power"(%6282, %6261) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6284 = "stablehlo.negate"(%6283) : (tensor<f32>) -> tensor<f32>
    %6285 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6286 = "stablehlo.add"(%6284, %6285) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6287 = "stablehlo.broadcast_in_dim"(%6281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6288 = "stablehlo.divide"(%6268, %6287) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6289 = "stablehlo.sqrt"(%6286) : (tensor<f32>) -> tensor<f32>
    %6290 = "stablehlo.sqrt"(%6276) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6291 = "stablehlo.broadcast_in_dim"(%6289) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6292 = "stablehlo.divide"(%6290, %6291) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6293 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6294 = "stablehlo.broadcast_in_dim"(%6293) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6295 = "stablehlo.add"(%6292, %6294) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6296 = "stablehlo.divide"(%6288, %6295) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6297 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6298 = "stablehlo.multiply"(%6296, %6297) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6299 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6300 = "stablehlo.multiply"(%2597, %6299) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6301 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6302 = "stablehlo.add"(%6300, %6301) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6303 = "stablehlo.broadcast_in_dim"(%6302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6304 = "stablehlo.multiply"(%arg83, %6303) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6305 = "stablehlo.subtract"(%6304, %6298) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6309 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6310 = "stablehlo.add"(%arg331, %6309) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6311 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6312 = "stablehlo.broadcast_in_dim"(%6311) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6313 = "stablehlo.multiply"(%arg329, %6312) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6314 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6315 = "stablehlo.broadcast_in_dim"(%6314) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6316 = "stablehlo.multiply"(%2559, %6315) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6317 = "stablehlo.add"(%6313, %6316) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6318 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6319 = "stablehlo.broadcast_in_dim"(%6318) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6320 = "stablehlo.multiply"(%arg330, %6319) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6321 = "stablehlo.multiply"(%2559, %2559) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6322 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6323 = "stablehlo.broadcast_in_dim"(%6322) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6324 = "stablehlo.multiply"(%6321, %6323) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6325 = "stablehlo.add"(%6320, %6324) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6326 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6327 = "stablehlo.power"(%6326, %6310) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6328 = "stablehlo.negate"(%6327) : (tensor<f32>) -> tensor<f32>
    %6329 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6330 = "stablehlo.add"(%6328, %6329) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6331 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6332 = "stablehlo.power"(%6331, %6310) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6333 = "stablehlo.negate"(%6332) : (tensor<f32>) -> tensor<f32>
    %6334 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6335 = "stablehlo.add"(%6333, %6334) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6336 = "stablehlo.broadcast_in_dim"(%6330) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6337 = "stablehlo.divide"(%6317, %6336) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6338 = "stablehlo.sqrt"(%6335) : (tensor<f32>) -> tensor<f32>
    %6339 = "stablehlo.sqrt"(%6325) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6340 = "stablehlo.broadcast_in_dim"(%6338) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6341 = "stablehlo.divide"(%6339, %6340) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6342 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6343 = "stablehlo.broadcast_in_dim"(%6342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6344 = "stablehlo.add"(%6341, %6343) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6345 = "stablehlo.divide"(%6337, %6344) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6346 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6347 = "stablehlo.multiply"(%6345, %6346) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6348 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6349 = "stablehlo.multiply"(%2597, %6348) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6350 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6351 = "stablehlo.add"(%6349, %6350) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6352 = "stablehlo.broadcast_in_dim"(%6351) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6353 = "stablehlo.multiply"(%arg84, %6352) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6354 = "stablehlo.subtract"(%6353, %6347) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6358 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6359 = "stablehlo.add"(%arg334, %6358) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6360 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6361 = "stablehlo.broadcast_in_dim"(%6360) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6362 = "stablehlo.multiply"(%arg332, %6361) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6363 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6364 = "stablehlo.broadcast_in_dim"(%6363) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6365 = "stablehlo.multiply"(%2561, %6364) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6366 = "stablehlo.add"(%6362, %6365) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6367 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6368 = "stablehlo.broadcast_in_dim"(%6367) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6369 = "stablehlo.multiply"(%arg333, %6368) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6370 = "stablehlo.multiply"(%2561, %2561) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6371 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6372 = "stablehlo.broadcast_in_dim"(%6371) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6373 = "stablehlo.multiply"(%6370, %6372) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6374 = "stablehlo.add"(%6369, %6373) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6375 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6376 = "stablehlo.power"(%6375, %6359) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6377 = "stablehlo.negate"(%6376) : (tensor<f32>) -> tensor<f32>
    %6378 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6379 = "stablehlo.add"(%6377, %6378) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6380 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6381 = "stablehlo.power"(%6380, %6359) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6382 = "stablehlo.negate"(%6381) : (tensor<f32>) -> tensor<f32>
    %6383 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6384 = "stablehlo.add"(%6382, %6383) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6385 = "stablehlo.broadcast_in_dim"(%6379) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6386 = "stablehlo.divide"(%6366, %6385) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6387 = "stablehlo.sqrt"(%6384) : (tensor<f32>) -> tensor<f32>
    %6388 = "stablehlo.sqrt"(%6374) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6389 = "stablehlo.broadcast_in_dim"(%6387) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6390 = "stablehlo.divide"(%6388, %6389) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6391 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6392 = "stablehlo.broadcast_in_dim"(%6391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6393 = "stablehlo.add"(%6390, %6392) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6394 = "stablehlo.divide"(%6386, %6393) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6395 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6396 = "stablehlo.multiply"(%6394, %6395) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6397 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6398 = "stablehlo.multiply"(%2597, %6397) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6399 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6400 = "stablehlo.add"(%6398, %6399) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6401 = "stablehlo.broadcast_in_dim"(%6400) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6402 = "stablehlo.multiply"(%arg85, %6401) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6403 = "stablehlo.subtract"(%6402, %6396) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6407 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6408 = "stablehlo.add"(%arg337, %6407) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6409 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6410 = "stablehlo.broadcast_in_dim"(%6409) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6411 = "stablehlo.multiply"(%arg335, %6410) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6412 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6413 = "stablehlo.broadcast_in_dim"(%6412) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6414 = "stablehlo.multiply"(%2563, %6413) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6415 = "stablehlo.add"(%6411, %6414) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6416 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6417 = "stablehlo.broadcast_in_dim"(%6416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6418 = "stablehlo.multiply"(%arg336, %6417) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6419 = "stablehlo.multiply"(%2563, %2563) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6420 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6421 = "stablehlo.broadcast_in_dim"(%6420) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6422 = "stablehlo.multiply"(%6419, %6421) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6423 = "stablehlo.add"(%6418, %6422) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6424 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6425 = "stablehlo.power"(%6424, %6408) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6426 = "stablehlo.negate"(%6425) : (tensor<f32>) -> tensor<f32>
    %6427 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6428 = "stablehlo.add"(%6426, %6427) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6429 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6430 = "stablehlo.power"(%6429, %6408) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6431 = "stablehlo.negate"(%6430) : (tensor<f32>) -> tensor<f32>
    %6432 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6433 = "stablehlo.add"(%6431, %6432) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6434 = "stablehlo.broadcast_in_dim"(%6428) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6435 = "stablehlo.divide"(%6415, %6434) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6436 = "stablehlo.sqrt"(%6433) : (tensor<f32>) -> tensor<f32>
    %6437 = "stablehlo.sqrt"(%6423) : (tensor<128xf32>) -> tensor<128xf32>
    %6438 = "stablehlo.broadcast_in_dim"(%6436) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6439 = "stablehlo.divide"(%6437, %6438) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6440 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6441 = "stablehlo.broadcast_in_dim"(%6440) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6442 = "stablehlo.add"(%6439, %6441) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6443 = "stablehlo.divide"(%6435, %6442) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6444 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6445 = "stablehlo.multiply"(%6443, %6444) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6446 = "stablehlo.subtract"(%arg86, %6445) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6450 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6451 = "stablehlo.add"(%arg340, %6450) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6452 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6453 = "stablehlo.broadcast_in_dim"(%6452) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6454 = "stablehlo.multiply"(%arg338, %6453) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6455 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6456 = "stablehlo.broadcast_in_dim"(%6455) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6457 = "stablehlo.multiply"(%2565, %6456) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6458 = "stablehlo.add"(%6454, %6457) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6459 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6460 = "stablehlo.broadcast_in_dim"(%6459) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6461 = "stablehlo.multiply"(%arg339, %6460) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6462 = "stablehlo.multiply"(%2565, %2565) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6463 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6464 = "stablehlo.broadcast_in_dim"(%6463) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6465 = "stablehlo.multiply"(%6462, %6464) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6466 = "stablehlo.add"(%6461, %6465) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6467 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6468 = "stablehlo.power"(%6467, %6451) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6469 = "stablehlo.negate"(%6468) : (tensor<f32>) -> tensor<f32>
    %6470 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6471 = "stablehlo.add"(%6469, %6470) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6472 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6473 = "stablehlo.power"(%6472, %6451) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6474 = "stablehlo.negate"(%6473) : (tensor<f32>) -> tensor<f32>
    %6475 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6476 = "stablehlo.add"(%6474, %6475) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6477 = "stablehlo.broadcast_in_dim"(%6471) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6478 = "stablehlo.divide"(%6458, %6477) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6479 = "stablehlo.sqrt"(%6476) : (tensor<f32>) -> tensor<f32>
    %6480 = "stablehlo.sqrt"(%6466) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6481 = "stablehlo.broadcast_in_dim"(%6479) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6482 = "stablehlo.divide"(%6480, %6481) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6483 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6484 = "stablehlo.broadcast_in_dim"(%6483) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6485 = "stablehlo.add"(%6482, %6484) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6486 = "stablehlo.divide"(%6478, %6485) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6487 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6488 = "stablehlo.multiply"(%6486, %6487) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6489 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6490 = "stablehlo.multiply"(%2597, %6489) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6491 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6492 = "stablehlo.add"(%6490, %6491) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6493 = "stablehlo.broadcast_in_dim"(%6492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6494 = "stablehlo.multiply"(%arg87, %6493) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6495 = "stablehlo.subtract"(%6494, %6488) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6499 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6500 = "stablehlo.add"(%arg343, %6499) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6501 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6502 = "stablehlo.broadcast_in_dim"(%6501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6503 = "stablehlo.multiply"(%arg341, %6502) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6504 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6505 = "stablehlo.broadcast_in_dim"(%6504) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6506 = "stablehlo.multiply"(%2567, %6505) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6507 = "stablehlo.add"(%6503, %6506) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6508 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6509 = "stablehlo.broadcast_in_dim"(%6508) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6510 = "stablehlo.multiply"(%arg342, %6509) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6511 = "stablehlo.multiply"(%2567, %2567) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6512 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6513 = "stablehlo.broadcast_in_dim"(%6512) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6514 = "stablehlo.multiply"(%6511, %6513) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6515 = "stablehlo.add"(%6510, %6514) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6516 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6517 = "stablehlo.power"(%6516, %6500) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6518 = "stablehlo.negate"(%6517) : (tensor<f32>) -> tensor<f32>
    %6519 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6520 = "stablehlo.add"(%6518, %6519) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6521 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6522 = "stablehlo.power"(%6521, %6500) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6523 = "stablehlo.negate"(%6522) : (tensor<f32>) -> tensor<f32>
    %6524 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6525 = "stablehlo.add"(%6523, %6524) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6526 = "stablehlo.broadcast_in_dim"(%6520) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6527 = "stablehlo.divide"(%6507, %6526) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6528 = "stablehlo.sqrt"(%6525) : (tensor<f32>) -> tensor<f32>
    %6529 = "stablehlo.sqrt"(%6515) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6530 = "stablehlo.broadcast_in_dim"(%6528) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6531 = "stablehlo.divide"(%6529, %6530) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6532 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6533 = "stablehlo.broadcast_in_dim"(%6532) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6534 = "stablehlo.add"(%6531, %6533) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6535 = "stablehlo.divide"(%6527, %6534) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6536 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6537 = "stablehlo.multiply"(%6535, %6536) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6538 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6539 = "stablehlo.multiply"(%2597, %6538) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6540 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6541 = "stablehlo.add"(%6539, %6540) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6542 = "stablehlo.broadcast_in_dim"(%6541) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6543 = "stablehlo.multiply"(%arg88, %6542) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6544 = "stablehlo.subtract"(%6543, %6537) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6548 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6549 = "stablehlo.add"(%arg346, %6548) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6550 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6551 = "stablehlo.broadcast_in_dim"(%6550) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6552 = "stablehlo.multiply"(%arg344, %6551) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6553 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6554 = "stablehlo.broadcast_in_dim"(%6553) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6555 = "stablehlo.multiply"(%2569, %6554) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6556 = "stablehlo.add"(%6552, %6555) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6557 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6558 = "stablehlo.broadcast_in_dim"(%6557) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6559 = "stablehlo.multiply"(%arg345, %6558) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6560 = "stablehlo.multiply"(%2569, %2569) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6561 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6562 = "stablehlo.broadcast_in_dim"(%6561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6563 = "stablehlo.multiply"(%6560, %6562) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6564 = "stablehlo.add"(%6559, %6563) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6565 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6566 = "stablehlo.power"(%6565, %6549) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6567 = "stablehlo.negate"(%6566) : (tensor<f32>) -> tensor<f32>
    %6568 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6569 = "stablehlo.add"(%6567, %6568) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6570 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6571 = "stablehlo.power"(%6570, %6549) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6572 = "stablehlo.negate"(%6571) : (tensor<f32>) -> tensor<f32>
    %6573 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6574 = "stablehlo.add"(%6572, %6573) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6575 = "stablehlo.broadcast_in_dim"(%6569) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6576 = "stablehlo.divide"(%6556, %6575) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6577 = "stablehlo.sqrt"(%6574) : (tensor<f32>) -> tensor<f32>
    %6578 = "stablehlo.sqrt"(%6564) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6579 = "stablehlo.broadcast_in_dim"(%6577) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6580 = "stablehlo.divide"(%6578, %6579) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6581 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6582 = "stablehlo.broadcast_in_dim"(%6581) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6583 = "stablehlo.add"(%6580, %6582) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6584 = "stablehlo.divide"(%6576, %6583) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6585 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6586 = "stablehlo.multiply"(%6584, %6585) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6587 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6588 = "stablehlo.multiply"(%2597, %6587) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6589 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6590 = "stablehlo.add"(%6588, %6589) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6591 = "stablehlo.broadcast_in_dim"(%6590) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6592 = "stablehlo.multiply"(%arg89, %6591) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6593 = "stablehlo.subtract"(%6592, %6586) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6597 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6598 = "stablehlo.add"(%arg349, %6597) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6599 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6600 = "stablehlo.broadcast_in_dim"(%6599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6601 = "stablehlo.multiply"(%arg347, %6600) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6602 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6603 = "stablehlo.broadcast_in_dim"(%6602) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6604 = "stablehlo.multiply"(%2571, %6603) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6605 = "stablehlo.add"(%6601, %6604) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6606 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6607 = "stablehlo.broadcast_in_dim"(%6606) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6608 = "stablehlo.multiply"(%arg348, %6607) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6609 = "stablehlo.multiply"(%2571, %2571) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6610 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6611 = "stablehlo.broadcast_in_dim"(%6610) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6612 = "stablehlo.multiply"(%6609, %6611) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6613 = "stablehlo.add"(%6608, %6612) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6614 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6615 = "stablehlo.power"(%6614, %6598) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6616 = "stablehlo.negate"(%6615) : (tensor<f32>) -> tensor<f32>
    %6617 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6618 = "stablehlo.add"(%6616, %6617) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6619 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6620 = "stablehlo.power"(%6619, %6598) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6621 = "stablehlo.negate"(%6620) : (tensor<f32>) -> tensor<f32>
    %6622 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6623 = "stablehlo.add"(%6621, %6622) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6624 = "stablehlo.broadcast_in_dim"(%6618) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6625 = "stablehlo.divide"(%6605, %6624) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6626 = "stablehlo.sqrt"(%6623) : (tensor<f32>) -> tensor<f32>
    %6627 = "stablehlo.sqrt"(%6613) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6628 = "stablehlo.broadcast_in_dim"(%6626) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6629 = "stablehlo.divide"(%6627, %6628) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6630 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6631 = "stablehlo.broadcast_in_dim"(%6630) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6632 = "stablehlo.add"(%6629, %6631) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6633 = "stablehlo.divide"(%6625, %6632) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6634 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6635 = "stablehlo.multiply"(%6633, %6634) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6636 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6637 = "stablehlo.multiply"(%2597, %6636) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6638 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6639 = "stablehlo.add"(%6637, %6638) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6640 = "stablehlo.broadcast_in_dim"(%6639) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6641 = "stablehlo.multiply"(%arg90, %6640) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6642 = "stablehlo.subtract"(%6641, %6635) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6646 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6647 = "stablehlo.add"(%arg352, %6646) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6648 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6649 = "stablehlo.broadcast_in_dim"(%6648) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6650 = "stablehlo.multiply"(%arg350, %6649) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6651 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6652 = "stablehlo.broadcast_in_dim"(%6651) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6653 = "stablehlo.multiply"(%2573, %6652) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6654 = "stablehlo.add"(%6650, %6653) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6655 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6656 = "stablehlo.broadcast_in_dim"(%6655) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6657 = "stablehlo.multiply"(%arg351, %6656) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6658 = "stablehlo.multiply"(%2573, %2573) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6659 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6660 = "stablehlo.broadcast_in_dim"(%6659) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6661 = "stablehlo.multiply"(%6658, %6660) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6662 = "stablehlo.add"(%6657, %6661) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6663 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6664 = "stablehlo.power"(%6663, %6647) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6665 = "stablehlo.negate"(%6664) : (tensor<f32>) -> tensor<f32>
    %6666 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6667 = "stablehlo.add"(%6665, %6666) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6668 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6669 = "stablehlo.power"(%6668, %6647) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6670 = "stablehlo.negate"(%6669) : (tensor<f32>) -> tensor<f32>
    %6671 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6672 = "stablehlo.add"(%6670, %6671) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6673 = "stablehlo.broadcast_in_dim"(%6667) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6674 = "stablehlo.divide"(%6654, %6673) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6675 = "stablehlo.sqrt"(%6672) : (tensor<f32>) -> tensor<f32>
    %6676 = "stablehlo.sqrt"(%6662) : (tensor<128xf32>) -> tensor<128xf32>
    %6677 = "stablehlo.broadcast_in_dim"(%6675) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6678 = "stablehlo.divide"(%6676, %6677) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6679 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6680 = "stablehlo.broadcast_in_dim"(%6679) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6681 = "stablehlo.add"(%6678, %6680) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6682 = "stablehlo.divide"(%6674, %6681) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6683 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6684 = "stablehlo.multiply"(%6682, %6683) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6685 = "stablehlo.subtract"(%arg91, %6684) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6689 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6690 = "stablehlo.add"(%arg355, %6689) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6691 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6692 = "stablehlo.broadcast_in_dim"(%6691) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6693 = "stablehlo.multiply"(%arg353, %6692) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6694 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6695 = "stablehlo.broadcast_in_dim"(%6694) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6696 = "stablehlo.multiply"(%2575, %6695) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6697 = "stablehlo.add"(%6693, %6696) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6698 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6699 = "stablehlo.broadcast_in_dim"(%6698) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6700 = "stablehlo.multiply"(%arg354, %6699) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6701 = "stablehlo.multiply"(%2575, %2575) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6702 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6703 = "stablehlo.broadcast_in_dim"(%6702) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6704 = "stablehlo.multiply"(%6701, %6703) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6705 = "stablehlo.add"(%6700, %6704) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6706 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6707 = "stablehlo.power"(%6706, %6690) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6708 = "stablehlo.negate"(%6707) : (tensor<f32>) -> tensor<f32>
    %6709 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6710 = "stablehlo.add"(%6708, %6709) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6711 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6712 = "stablehlo.power"(%6711, %6690) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6713 = "stablehlo.negate"(%6712) : (tensor<f32>) -> tensor<f32>
    %6714 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6715 = "stablehlo.add"(%6713, %6714) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6716 = "stablehlo.broadcast_in_dim"(%6710) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6717 = "stablehlo.divide"(%6697, %6716) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6718 = "stablehlo.sqrt"(%6715) : (tensor<f32>) -> tensor<f32>
    %6719 = "stablehlo.sqrt"(%6705) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %6720 = "stablehlo.broadcast_in_dim"(%6718) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6721 = "stablehlo.divide"(%6719, %6720) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6722 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6723 = "stablehlo.broadcast_in_dim"(%6722) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6724 = "stablehlo.add"(%6721, %6723) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6725 = "stablehlo.divide"(%6717, %6724) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6726 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6727 = "stablehlo.multiply"(%6725, %6726) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6728 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6729 = "stablehlo.multiply"(%2597, %6728) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6730 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6731 = "stablehlo.add"(%6729, %6730) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6732 = "stablehlo.broadcast_in_dim"(%6731) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6733 = "stablehlo.multiply"(%arg92, %6732) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6734 = "stablehlo.subtract"(%6733, %6727) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6738 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6739 = "stablehlo.add"(%arg358, %6738) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6740 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6741 = "stablehlo.broadcast_in_dim"(%6740) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6742 = "stablehlo.multiply"(%arg356, %6741) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6743 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6744 = "stablehlo.broadcast_in_dim"(%6743) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6745 = "stablehlo.multiply"(%2577, %6744) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6746 = "stablehlo.add"(%6742, %6745) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6747 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6748 = "stablehlo.broadcast_in_dim"(%6747) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6749 = "stablehlo.multiply"(%arg357, %6748) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6750 = "stablehlo.multiply"(%2577, %2577) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6751 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6752 = "stablehlo.broadcast_in_dim"(%6751) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6753 = "stablehlo.multiply"(%6750, %6752) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6754 = "stablehlo.add"(%6749, %6753) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6755 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6756 = "stablehlo.power"(%6755, %6739) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6757 = "stablehlo.negate"(%6756) : (tensor<f32>) -> tensor<f32>
    %6758 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6759 = "stablehlo.add"(%6757, %6758) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6760 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6761 = "stablehlo.power"(%6760, %6739) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6762 = "stablehlo.negate"(%6761) : (tensor<f32>) -> tensor<f32>
    %6763 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6764 = "stablehlo.add"(%6762, %6763) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6765 = "stablehlo.broadcast_in_dim"(%6759) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6766 = "stablehlo.divide"(%6746, %6765) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6767 = "stablehlo.sqrt"(%6764) : (tensor<f32>) -> tensor<f32>
    %6768 = "stablehlo.sqrt"(%6754) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %6769 = "stablehlo.broadcast_in_dim"(%6767) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6770 = "stablehlo.divide"(%6768, %6769) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6771 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6772 = "stablehlo.broadcast_in_dim"(%6771) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6773 = "stablehlo.add"(%6770, %6772) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6774 = "stablehlo.divide"(%6766, %6773) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6775 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6776 = "stablehlo.multiply"(%6774, %6775) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6777 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6778 = "stablehlo.multiply"(%2597, %6777) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6779 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6780 = "stablehlo.add"(%6778, %6779) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6781 = "stablehlo.broadcast_in_dim"(%6780) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6782 = "stablehlo.multiply"(%arg93, %6781) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6783 = "stablehlo.subtract"(%6782, %6776) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6787 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6788 = "stablehlo.add"(%arg361, %6787) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6789 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6790 = "stablehlo.broadcast_in_dim"(%6789) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6791 = "stablehlo.multiply"(%arg359, %6790) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6792 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6793 = "stablehlo.broadcast_in_dim"(%6792) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6794 = "stablehlo.multiply"(%2579, %6793) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6795 = "stablehlo.add"(%6791, %6794) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6796 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6797 = "stablehlo.broadcast_in_dim"(%6796) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6798 = "stablehlo.multiply"(%arg360, %6797) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6799 = "stablehlo.multiply"(%2579, %2579) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6800 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6801 = "stablehlo.broadcast_in_dim"(%6800) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6802 = "stablehlo.multiply"(%6799, %6801) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6803 = "stablehlo.add"(%6798, %6802) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6804 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6805 = "stablehlo.power"(%6804, %6788) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6806 = "stablehlo.negate"(%6805) : (tensor<f32>) -> tensor<f32>
    %6807 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6808 = "stablehlo.add"(%6806, %6807) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6809 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6810 = "stablehlo.power"(%6809, %6788) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6811 = "stablehlo.negate"(%6810) : (tensor<f32>) -> tensor<f32>
    %6812 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6813 = "stablehlo.add"(%6811, %6812) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6814 = "stablehlo.broadcast_in_dim"(%6808) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6815 = "stablehlo.divide"(%6795, %6814) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6816 = "stablehlo.sqrt"(%6813) : (tensor<f32>) -> tensor<f32>
    %6817 = "stablehlo.sqrt"(%6803) : (tensor<128xf32>) -> tensor<128xf32>
    %6818 = "stablehlo.broadcast_in_dim"(%6816) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6819 = "stablehlo.divide"(%6817, %6818) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6820 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6821 = "stablehlo.broadcast_in_dim"(%6820) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6822 = "stablehlo.add"(%6819, %6821) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6823 = "stablehlo.divide"(%6815, %6822) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6824 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6825 = "stablehlo.multiply"(%6823, %6824) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6826 = "stablehlo.subtract"(%arg94, %6825) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    return %926, %2395, %2597, %2646, %2609, %2617, %2602, %2695, %2658, %2666, %2651, %2738, %2707, %2715, %2700, %2787, %2750, %2758, %2743, %2836, %2799, %2807, %2792, %2885, %2848, %2856, %2841, %2934, %2897, %2905, %2890, %2977, %2946, %2954, %2939, %3026, %2989, %2997, %2982, %3075, %3038, %3046, %3031, %3118, %3087, %3095, %3080, %3167, %3130, %3138, %3123, %3216, %3179, %3187, %3172, %3265, %3228, %3236, %3221, %3314, %3277, %3285, %3270, %3357, %3326, %3334, %3319, %3406, %3369, %3377, %3362, %3455, %3418, %3426, %3411, %3498, %3467, %3475, %3460, %3547, %3510, %3518, %3503, %3596, %3559, %3567, %3552, %3645, %3608, %3616, %3601, %3694, %3657, %3665, %3650, %3737, %3706, %3714, %3699, %3786, %3749, %3757, %3742, %3835, %3798, %3806, %3791, %3878, %3847, %3855, %3840, %3927, %3890, %3898, %3883, %3976, %3939, %3947, %3932, %4025, %3988, %3996, %3981, %4074, %4037, %4045, %4030, %4117, %4086, %4094, %4079, %4166, %4129, %4137, %4122, %4215, %4178, %4186, %4171, %4258, %4227, %4235, %4220, %4307, %4270, %4278, %4263, %4350, %4319, %4327, %4312, %4399, %4362, %4370, %4355, %4448, %4411, %4419, %4404, %4497, %4460, %4468, %4453, %4546, %4509, %4517, %4502, %4589, %4558, %4566, %4551, %4638, %4601, %4609, %4594, %4687, %4650, %4658, %4643, %4736, %4699, %4707, %4692, %4785, %4748, %4756, %4741, %4828, %4797, %4805, %4790, %4877, %4840, %4848, %4833, %4926, %4889, %4897, %4882, %4969, %4938, %4946, %4931, %5018, %4981, %4989, %4974, %5067, %5030, %5038, %5023, %5116, %5079, %5087, %5072, %5165, %5128, %5136, %5121, %5208, %5177, %5185, %5170, %5257, %5220, %5228, %5213, %5306, %5269, %5277, %5262, %5355, %5318, %5326, %5311, %5404, %5367, %5375, %5360, %5447, %5416, %5424, %5409, %5496, %5459, %5467, %5452, %5545, %5508, %5516, %5501, %5588, %5557, %5565, %5550, %5637, %5600, %5608, %5593, %5686, %5649, %5657, %5642, %5735, %5698, %5706, %5691, %5784, %5747, %5755, %5740, %5827, %5796, %5804, %5789, %5876, %5839, %5847, %5832, %5925, %5888, %5896, %5881, %5974, %5937, %5945, %5930, %6023, %5986, %5994, %5979, %6066, %6035, %6043, %6028, %6115, %6078, %6086, %6071, %6164, %6127, %6135, %6120, %6207, %6176, %6184, %6169, %6256, %6219, %6227, %6212, %6305, %6268, %6276, %6261, %6354, %6317, %6325, %6310, %6403, %6366, %6374, %6359, %6446, %6415, %6423, %6408, %6495, %6458, %6466, %6451, %6544, %6507, %6515, %6500, %6593, %6556, %6564, %6549, %6642, %6605, %6613, %6598, %6685, %6654, %6662, %6647, %6734, %6697, %6705, %6690, %6783, %6746, %6754, %6739, %6826, %6795, %6803, %6788 : tensor<f32>, tensor<f32>, tensor<f32>, tensor<32128x128xf32>, tensor<32128x128xf32>, tensor<32128x128xf32>, tensor<f32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>
  }
}
