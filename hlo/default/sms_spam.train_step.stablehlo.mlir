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
    %51 = "stablehlo.dot_general"(%46, %arg9) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %52 = "stablehlo.reshape"(%51) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %53 = "stablehlo.dot_general"(%46, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %54 = "stablehlo.reshape"(%53) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %55 = "stablehlo.dot_general"(%46, %arg11) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %56 = "stablehlo.reshape"(%55) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %57 = "stablehlo.dot_general"(%52, %54) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x48x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %58 = "stablehlo.add"(%57, %31) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n59_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %59 = "stablehlo.reduce"(%58, %n59_init) ({
    ^bb0(%n59_a: tensor<f32>, %n59_b: tensor<f32>):
      %n59_r = "stablehlo.maximum"(%n59_a, %n59_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n59_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %60 = "stablehlo.reshape"(%59) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %61 = "stablehlo.broadcast_in_dim"(%60) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %62 = "stablehlo.subtract"(%58, %61) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %63 = "stablehlo.exponential"(%62) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n64_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %64 = "stablehlo.reduce"(%63, %n64_init) ({
    ^bb0(%n64_a: tensor<f32>, %n64_b: tensor<f32>):
      %n64_r = "stablehlo.add"(%n64_a, %n64_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n64_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %65 = "stablehlo.reshape"(%64) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %66 = "stablehlo.broadcast_in_dim"(%65) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %67 = "stablehlo.divide"(%63, %66) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %68 = "stablehlo.dot_general"(%67, %56) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %69 = "stablehlo.transpose"(%68) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %70 = "stablehlo.reshape"(%69) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %71 = "stablehlo.dot_general"(%70, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %72 = "stablehlo.add"(%15, %71) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %74 = "stablehlo.multiply"(%72, %72) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n75_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %75 = "stablehlo.reduce"(%74, %n75_init) ({
    ^bb0(%n75_a: tensor<f32>, %n75_b: tensor<f32>):
      %n75_r = "stablehlo.add"(%n75_a, %n75_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n75_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %76 = "stablehlo.reshape"(%75) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %77 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %78 = "stablehlo.broadcast_in_dim"(%77) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %79 = "stablehlo.multiply"(%76, %78) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %80 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %81 = "stablehlo.broadcast_in_dim"(%80) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %82 = "stablehlo.add"(%79, %81) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %83 = "stablehlo.rsqrt"(%82) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %84 = "stablehlo.broadcast_in_dim"(%83) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %85 = "stablehlo.multiply"(%72, %84) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %86 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %87 = "stablehlo.multiply"(%85, %86) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %90 = "stablehlo.dot_general"(%87, %arg15) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<512x128xf32>) -> tensor<32x48x512xf32>
    %91 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %92 = "stablehlo.broadcast_in_dim"(%91) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x512xf32>
    %93 = "stablehlo.maximum"(%90, %92) : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %94 = "stablehlo.dot_general"(%93, %arg14) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x512xf32>, tensor<128x512xf32>) -> tensor<32x48x128xf32>
    %95 = "stablehlo.add"(%72, %94) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %97 = "stablehlo.multiply"(%95, %95) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n98_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %98 = "stablehlo.reduce"(%97, %n98_init) ({
    ^bb0(%n98_a: tensor<f32>, %n98_b: tensor<f32>):
      %n98_r = "stablehlo.add"(%n98_a, %n98_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n98_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %99 = "stablehlo.reshape"(%98) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %100 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %101 = "stablehlo.broadcast_in_dim"(%100) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %102 = "stablehlo.multiply"(%99, %101) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %103 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %104 = "stablehlo.broadcast_in_dim"(%103) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %105 = "stablehlo.add"(%102, %104) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %106 = "stablehlo.rsqrt"(%105) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %107 = "stablehlo.broadcast_in_dim"(%106) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %108 = "stablehlo.multiply"(%95, %107) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %109 = "stablehlo.broadcast_in_dim"(%arg16) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %110 = "stablehlo.multiply"(%108, %109) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %115 = "stablehlo.dot_general"(%110, %arg17) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %116 = "stablehlo.reshape"(%115) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %117 = "stablehlo.dot_general"(%110, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %118 = "stablehlo.reshape"(%117) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %119 = "stablehlo.dot_general"(%110, %arg19) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %120 = "stablehlo.reshape"(%119) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %121 = "stablehlo.dot_general"(%116, %118) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x48x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %122 = "stablehlo.add"(%121, %31) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n123_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %123 = "stablehlo.reduce"(%122, %n123_init) ({
    ^bb0(%n123_a: tensor<f32>, %n123_b: tensor<f32>):
      %n123_r = "stablehlo.maximum"(%n123_a, %n123_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n123_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %124 = "stablehlo.reshape"(%123) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %125 = "stablehlo.broadcast_in_dim"(%124) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %126 = "stablehlo.subtract"(%122, %125) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %127 = "stablehlo.exponential"(%126) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n128_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %128 = "stablehlo.reduce"(%127, %n128_init) ({
    ^bb0(%n128_a: tensor<f32>, %n128_b: tensor<f32>):
      %n128_r = "stablehlo.add"(%n128_a, %n128_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n128_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %129 = "stablehlo.reshape"(%128) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %130 = "stablehlo.broadcast_in_dim"(%129) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %131 = "stablehlo.divide"(%127, %130) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %132 = "stablehlo.dot_general"(%131, %120) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %133 = "stablehlo.transpose"(%132) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %134 = "stablehlo.reshape"(%133) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %135 = "stablehlo.dot_general"(%134, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %136 = "stablehlo.add"(%95, %135) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %138 = "stablehlo.multiply"(%136, %136) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n139_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %139 = "stablehlo.reduce"(%138, %n139_init) ({
    ^bb0(%n139_a: tensor<f32>, %n139_b: tensor<f32>):
      %n139_r = "stablehlo.add"(%n139_a, %n139_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n139_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %140 = "stablehlo.reshape"(%139) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %141 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %142 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %143 = "stablehlo.multiply"(%140, %142) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %144 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %145 = "stablehlo.broadcast_in_dim"(%144) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %146 = "stablehlo.add"(%143, %145) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %147 = "stablehlo.rsqrt"(%146) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %148 = "stablehlo.broadcast_in_dim"(%147) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %149 = "stablehlo.multiply"(%136, %148) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %150 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %151 = "stablehlo.multiply"(%149, %150) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %154 = "stablehlo.dot_general"(%151, %arg23) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<512x128xf32>) -> tensor<32x48x512xf32>
    %155 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %156 = "stablehlo.broadcast_in_dim"(%155) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x512xf32>
    %157 = "stablehlo.maximum"(%154, %156) : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %158 = "stablehlo.dot_general"(%157, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x512xf32>, tensor<128x512xf32>) -> tensor<32x48x128xf32>
    %159 = "stablehlo.add"(%136, %158) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %161 = "stablehlo.multiply"(%159, %159) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n162_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %162 = "stablehlo.reduce"(%161, %n162_init) ({
    ^bb0(%n162_a: tensor<f32>, %n162_b: tensor<f32>):
      %n162_r = "stablehlo.add"(%n162_a, %n162_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n162_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %163 = "stablehlo.reshape"(%162) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %164 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %165 = "stablehlo.broadcast_in_dim"(%164) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %166 = "stablehlo.multiply"(%163, %165) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %167 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %168 = "stablehlo.broadcast_in_dim"(%167) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %169 = "stablehlo.add"(%166, %168) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %170 = "stablehlo.rsqrt"(%169) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %171 = "stablehlo.broadcast_in_dim"(%170) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %172 = "stablehlo.multiply"(%159, %171) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %173 = "stablehlo.broadcast_in_dim"(%arg24) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %174 = "stablehlo.multiply"(%172, %173) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %179 = "stablehlo.dot_general"(%174, %arg25) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %180 = "stablehlo.reshape"(%179) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %181 = "stablehlo.dot_general"(%174, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %182 = "stablehlo.reshape"(%181) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %183 = "stablehlo.dot_general"(%174, %arg27) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %184 = "stablehlo.reshape"(%183) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %185 = "stablehlo.dot_general"(%180, %182) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x48x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %186 = "stablehlo.add"(%185, %31) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n187_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %187 = "stablehlo.reduce"(%186, %n187_init) ({
    ^bb0(%n187_a: tensor<f32>, %n187_b: tensor<f32>):
      %n187_r = "stablehlo.maximum"(%n187_a, %n187_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n187_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %188 = "stablehlo.reshape"(%187) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %189 = "stablehlo.broadcast_in_dim"(%188) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %190 = "stablehlo.subtract"(%186, %189) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %191 = "stablehlo.exponential"(%190) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n192_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %192 = "stablehlo.reduce"(%191, %n192_init) ({
    ^bb0(%n192_a: tensor<f32>, %n192_b: tensor<f32>):
      %n192_r = "stablehlo.add"(%n192_a, %n192_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n192_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %193 = "stablehlo.reshape"(%192) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %194 = "stablehlo.broadcast_in_dim"(%193) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %195 = "stablehlo.divide"(%191, %194) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %196 = "stablehlo.dot_general"(%195, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %197 = "stablehlo.transpose"(%196) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %198 = "stablehlo.reshape"(%197) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %199 = "stablehlo.dot_general"(%198, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %200 = "stablehlo.add"(%159, %199) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %202 = "stablehlo.multiply"(%200, %200) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n203_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %203 = "stablehlo.reduce"(%202, %n203_init) ({
    ^bb0(%n203_a: tensor<f32>, %n203_b: tensor<f32>):
      %n203_r = "stablehlo.add"(%n203_a, %n203_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n203_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %204 = "stablehlo.reshape"(%203) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %205 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %206 = "stablehlo.broadcast_in_dim"(%205) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %207 = "stablehlo.multiply"(%204, %206) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %208 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %209 = "stablehlo.broadcast_in_dim"(%208) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %210 = "stablehlo.add"(%207, %209) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %211 = "stablehlo.rsqrt"(%210) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %212 = "stablehlo.broadcast_in_dim"(%211) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %213 = "stablehlo.multiply"(%200, %212) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %214 = "stablehlo.broadcast_in_dim"(%arg29) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %215 = "stablehlo.multiply"(%213, %214) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %218 = "stablehlo.dot_general"(%215, %arg31) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<512x128xf32>) -> tensor<32x48x512xf32>
    %219 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %220 = "stablehlo.broadcast_in_dim"(%219) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x512xf32>
    %221 = "stablehlo.maximum"(%218, %220) : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %222 = "stablehlo.dot_general"(%221, %arg30) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x512xf32>, tensor<128x512xf32>) -> tensor<32x48x128xf32>
    %223 = "stablehlo.add"(%200, %222) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %225 = "stablehlo.multiply"(%223, %223) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n226_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %226 = "stablehlo.reduce"(%225, %n226_init) ({
    ^bb0(%n226_a: tensor<f32>, %n226_b: tensor<f32>):
      %n226_r = "stablehlo.add"(%n226_a, %n226_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n226_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %227 = "stablehlo.reshape"(%226) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %228 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %229 = "stablehlo.broadcast_in_dim"(%228) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %230 = "stablehlo.multiply"(%227, %229) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %231 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %232 = "stablehlo.broadcast_in_dim"(%231) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %233 = "stablehlo.add"(%230, %232) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %234 = "stablehlo.rsqrt"(%233) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %235 = "stablehlo.broadcast_in_dim"(%234) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %236 = "stablehlo.multiply"(%223, %235) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %237 = "stablehlo.broadcast_in_dim"(%arg32) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %238 = "stablehlo.multiply"(%236, %237) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %243 = "stablehlo.dot_general"(%238, %arg33) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %244 = "stablehlo.reshape"(%243) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %245 = "stablehlo.dot_general"(%238, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %246 = "stablehlo.reshape"(%245) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %247 = "stablehlo.dot_general"(%238, %arg35) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %248 = "stablehlo.reshape"(%247) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %249 = "stablehlo.dot_general"(%244, %246) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x48x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %250 = "stablehlo.add"(%249, %31) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n251_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %251 = "stablehlo.reduce"(%250, %n251_init) ({
    ^bb0(%n251_a: tensor<f32>, %n251_b: tensor<f32>):
      %n251_r = "stablehlo.maximum"(%n251_a, %n251_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n251_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %252 = "stablehlo.reshape"(%251) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %253 = "stablehlo.broadcast_in_dim"(%252) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %254 = "stablehlo.subtract"(%250, %253) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %255 = "stablehlo.exponential"(%254) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n256_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %256 = "stablehlo.reduce"(%255, %n256_init) ({
    ^bb0(%n256_a: tensor<f32>, %n256_b: tensor<f32>):
      %n256_r = "stablehlo.add"(%n256_a, %n256_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n256_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %257 = "stablehlo.reshape"(%256) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %258 = "stablehlo.broadcast_in_dim"(%257) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x48x1xf32>) -> tensor<32x4x48x48xf32>
    %259 = "stablehlo.divide"(%255, %258) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %260 = "stablehlo.dot_general"(%259, %248) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %261 = "stablehlo.transpose"(%260) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %262 = "stablehlo.reshape"(%261) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %263 = "stablehlo.dot_general"(%262, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %264 = "stablehlo.add"(%223, %263) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %266 = "stablehlo.multiply"(%264, %264) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n267_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %267 = "stablehlo.reduce"(%266, %n267_init) ({
    ^bb0(%n267_a: tensor<f32>, %n267_b: tensor<f32>):
      %n267_r = "stablehlo.add"(%n267_a, %n267_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n267_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %268 = "stablehlo.reshape"(%267) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %269 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %270 = "stablehlo.broadcast_in_dim"(%269) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %271 = "stablehlo.multiply"(%268, %270) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %272 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %273 = "stablehlo.broadcast_in_dim"(%272) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %274 = "stablehlo.add"(%271, %273) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %275 = "stablehlo.rsqrt"(%274) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %276 = "stablehlo.broadcast_in_dim"(%275) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %277 = "stablehlo.multiply"(%264, %276) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %278 = "stablehlo.broadcast_in_dim"(%arg37) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %279 = "stablehlo.multiply"(%277, %278) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %282 = "stablehlo.dot_general"(%279, %arg39) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<512x128xf32>) -> tensor<32x48x512xf32>
    %283 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %284 = "stablehlo.broadcast_in_dim"(%283) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x512xf32>
    %285 = "stablehlo.maximum"(%282, %284) : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %286 = "stablehlo.dot_general"(%285, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x512xf32>, tensor<128x512xf32>) -> tensor<32x48x128xf32>
    %287 = "stablehlo.add"(%264, %286) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %289 = "stablehlo.multiply"(%287, %287) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n290_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %290 = "stablehlo.reduce"(%289, %n290_init) ({
    ^bb0(%n290_a: tensor<f32>, %n290_b: tensor<f32>):
      %n290_r = "stablehlo.add"(%n290_a, %n290_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n290_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %291 = "stablehlo.reshape"(%290) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %292 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %293 = "stablehlo.broadcast_in_dim"(%292) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %294 = "stablehlo.multiply"(%291, %293) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %295 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %296 = "stablehlo.broadcast_in_dim"(%295) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %297 = "stablehlo.add"(%294, %296) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %298 = "stablehlo.rsqrt"(%297) : (tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %299 = "stablehlo.broadcast_in_dim"(%298) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x48x1xf32>) -> tensor<32x48x128xf32>
    %300 = "stablehlo.multiply"(%287, %299) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %301 = "stablehlo.broadcast_in_dim"(%arg40) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x48x128xf32>
    %302 = "stablehlo.multiply"(%300, %301) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %303 = "stablehlo.gather"(%arg6, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 128>} : (tensor<32128x128xf32>, tensor<32x3xi32>) -> tensor<32x3x128xf32>
    %305 = stablehlo.constant dense<"0x000000000000000000000000010000000000000000000000020000000100000000000000"> : tensor<3x3xi32>
    %306 = "stablehlo.gather"(%arg41, %305) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>} : (tensor<32x4xf32>, tensor<3x3xi32>) -> tensor<3x3x4xf32>
    %307 = "stablehlo.transpose"(%306) {permutation = array<i64: 2, 0, 1>} : (tensor<3x3x4xf32>) -> tensor<4x3x3xf32>
    %308 = "stablehlo.reshape"(%307) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %309 = stablehlo.constant dense<"0x0000000000000000000000E0FFFFEFC7000000E0FFFFEFC700000000000000000000000000000000000000E0FFFFEFC7000000000000000000000000000000000000000000000000"> : tensor<1x1x3x3xf64>
    %310 = "stablehlo.convert"(%309) : (tensor<1x1x3x3xf64>) -> tensor<1x1x3x3xf32>
    %311 = "stablehlo.broadcast_in_dim"(%310) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x3x3xf32>) -> tensor<1x4x3x3xf32>
    %312 = "stablehlo.add"(%308, %311) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %313 = "stablehlo.convert"(%arg1) : (tensor<32x48xi32>) -> tensor<32x48xf32>
    %314 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %315 = "stablehlo.broadcast_in_dim"(%314) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48xf32>
    %316 = "stablehlo.subtract"(%315, %313) : (tensor<32x48xf32>, tensor<32x48xf32>) -> tensor<32x48xf32>
    %317 = stablehlo.constant dense<0xFF7FFFFF> : tensor<f32>
    %318 = "stablehlo.broadcast_in_dim"(%317) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48xf32>
    %319 = "stablehlo.multiply"(%316, %318) : (tensor<32x48xf32>, tensor<32x48xf32>) -> tensor<32x48xf32>
    %320 = "stablehlo.reshape"(%319) : (tensor<32x48xf32>) -> tensor<32x1x1x48xf32>
    %322 = "stablehlo.multiply"(%303, %303) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n323_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %323 = "stablehlo.reduce"(%322, %n323_init) ({
    ^bb0(%n323_a: tensor<f32>, %n323_b: tensor<f32>):
      %n323_r = "stablehlo.add"(%n323_a, %n323_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n323_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %324 = "stablehlo.reshape"(%323) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %325 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %326 = "stablehlo.broadcast_in_dim"(%325) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %327 = "stablehlo.multiply"(%324, %326) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %328 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %329 = "stablehlo.broadcast_in_dim"(%328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %330 = "stablehlo.add"(%327, %329) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %331 = "stablehlo.rsqrt"(%330) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %332 = "stablehlo.broadcast_in_dim"(%331) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %333 = "stablehlo.multiply"(%303, %332) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %334 = "stablehlo.broadcast_in_dim"(%arg42) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %335 = "stablehlo.multiply"(%333, %334) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %340 = "stablehlo.dot_general"(%335, %arg43) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %341 = "stablehlo.reshape"(%340) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %342 = "stablehlo.dot_general"(%335, %arg44) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %343 = "stablehlo.reshape"(%342) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %344 = "stablehlo.dot_general"(%335, %arg45) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %345 = "stablehlo.reshape"(%344) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %346 = "stablehlo.dot_general"(%341, %343) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %347 = "stablehlo.broadcast_in_dim"(%312) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %348 = "stablehlo.add"(%346, %347) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n349_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %349 = "stablehlo.reduce"(%348, %n349_init) ({
    ^bb0(%n349_a: tensor<f32>, %n349_b: tensor<f32>):
      %n349_r = "stablehlo.maximum"(%n349_a, %n349_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n349_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %350 = "stablehlo.reshape"(%349) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %351 = "stablehlo.broadcast_in_dim"(%350) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %352 = "stablehlo.subtract"(%348, %351) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %353 = "stablehlo.exponential"(%352) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n354_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %354 = "stablehlo.reduce"(%353, %n354_init) ({
    ^bb0(%n354_a: tensor<f32>, %n354_b: tensor<f32>):
      %n354_r = "stablehlo.add"(%n354_a, %n354_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n354_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %355 = "stablehlo.reshape"(%354) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %356 = "stablehlo.broadcast_in_dim"(%355) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %357 = "stablehlo.divide"(%353, %356) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %358 = "stablehlo.dot_general"(%357, %345) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %359 = "stablehlo.transpose"(%358) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %360 = "stablehlo.reshape"(%359) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %361 = "stablehlo.dot_general"(%360, %arg46) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %362 = "stablehlo.add"(%303, %361) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %364 = "stablehlo.multiply"(%362, %362) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n365_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %365 = "stablehlo.reduce"(%364, %n365_init) ({
    ^bb0(%n365_a: tensor<f32>, %n365_b: tensor<f32>):
      %n365_r = "stablehlo.add"(%n365_a, %n365_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n365_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %366 = "stablehlo.reshape"(%365) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %367 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %368 = "stablehlo.broadcast_in_dim"(%367) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %369 = "stablehlo.multiply"(%366, %368) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %370 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %371 = "stablehlo.broadcast_in_dim"(%370) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %372 = "stablehlo.add"(%369, %371) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %373 = "stablehlo.rsqrt"(%372) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %374 = "stablehlo.broadcast_in_dim"(%373) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %375 = "stablehlo.multiply"(%362, %374) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %376 = "stablehlo.broadcast_in_dim"(%arg47) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %377 = "stablehlo.multiply"(%375, %376) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %382 = "stablehlo.dot_general"(%377, %arg48) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %383 = "stablehlo.reshape"(%382) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %384 = "stablehlo.dot_general"(%302, %arg49) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %385 = "stablehlo.reshape"(%384) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %386 = "stablehlo.dot_general"(%302, %arg50) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %387 = "stablehlo.reshape"(%386) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %388 = "stablehlo.dot_general"(%383, %385) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %389 = "stablehlo.broadcast_in_dim"(%320) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x1x1x48xf32>) -> tensor<32x4x3x48xf32>
    %390 = "stablehlo.add"(%388, %389) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n391_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %391 = "stablehlo.reduce"(%390, %n391_init) ({
    ^bb0(%n391_a: tensor<f32>, %n391_b: tensor<f32>):
      %n391_r = "stablehlo.maximum"(%n391_a, %n391_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n391_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %392 = "stablehlo.reshape"(%391) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %393 = "stablehlo.broadcast_in_dim"(%392) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %394 = "stablehlo.subtract"(%390, %393) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %395 = "stablehlo.exponential"(%394) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n396_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %396 = "stablehlo.reduce"(%395, %n396_init) ({
    ^bb0(%n396_a: tensor<f32>, %n396_b: tensor<f32>):
      %n396_r = "stablehlo.add"(%n396_a, %n396_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n396_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %397 = "stablehlo.reshape"(%396) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %398 = "stablehlo.broadcast_in_dim"(%397) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %399 = "stablehlo.divide"(%395, %398) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %400 = "stablehlo.dot_general"(%399, %387) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %401 = "stablehlo.transpose"(%400) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %402 = "stablehlo.reshape"(%401) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %403 = "stablehlo.dot_general"(%402, %arg51) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %404 = "stablehlo.add"(%362, %403) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %406 = "stablehlo.multiply"(%404, %404) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n407_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %407 = "stablehlo.reduce"(%406, %n407_init) ({
    ^bb0(%n407_a: tensor<f32>, %n407_b: tensor<f32>):
      %n407_r = "stablehlo.add"(%n407_a, %n407_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n407_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %408 = "stablehlo.reshape"(%407) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %409 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %410 = "stablehlo.broadcast_in_dim"(%409) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %411 = "stablehlo.multiply"(%408, %410) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %412 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %413 = "stablehlo.broadcast_in_dim"(%412) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %414 = "stablehlo.add"(%411, %413) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %415 = "stablehlo.rsqrt"(%414) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %416 = "stablehlo.broadcast_in_dim"(%415) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %417 = "stablehlo.multiply"(%404, %416) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %418 = "stablehlo.broadcast_in_dim"(%arg52) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %419 = "stablehlo.multiply"(%417, %418) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %422 = "stablehlo.dot_general"(%419, %arg54) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<512x128xf32>) -> tensor<32x3x512xf32>
    %423 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %424 = "stablehlo.broadcast_in_dim"(%423) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x512xf32>
    %425 = "stablehlo.maximum"(%422, %424) : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %426 = "stablehlo.dot_general"(%425, %arg53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x512xf32>, tensor<128x512xf32>) -> tensor<32x3x128xf32>
    %427 = "stablehlo.add"(%404, %426) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %429 = "stablehlo.multiply"(%427, %427) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n430_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %430 = "stablehlo.reduce"(%429, %n430_init) ({
    ^bb0(%n430_a: tensor<f32>, %n430_b: tensor<f32>):
      %n430_r = "stablehlo.add"(%n430_a, %n430_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n430_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %431 = "stablehlo.reshape"(%430) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %432 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %433 = "stablehlo.broadcast_in_dim"(%432) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %434 = "stablehlo.multiply"(%431, %433) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %435 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %436 = "stablehlo.broadcast_in_dim"(%435) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %437 = "stablehlo.add"(%434, %436) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %438 = "stablehlo.rsqrt"(%437) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %439 = "stablehlo.broadcast_in_dim"(%438) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %440 = "stablehlo.multiply"(%427, %439) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %441 = "stablehlo.broadcast_in_dim"(%arg55) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %442 = "stablehlo.multiply"(%440, %441) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %447 = "stablehlo.dot_general"(%442, %arg56) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %448 = "stablehlo.reshape"(%447) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %449 = "stablehlo.dot_general"(%442, %arg57) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %450 = "stablehlo.reshape"(%449) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %451 = "stablehlo.dot_general"(%442, %arg58) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %452 = "stablehlo.reshape"(%451) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %453 = "stablehlo.dot_general"(%448, %450) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %454 = "stablehlo.broadcast_in_dim"(%312) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %455 = "stablehlo.add"(%453, %454) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n456_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %456 = "stablehlo.reduce"(%455, %n456_init) ({
    ^bb0(%n456_a: tensor<f32>, %n456_b: tensor<f32>):
      %n456_r = "stablehlo.maximum"(%n456_a, %n456_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n456_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %457 = "stablehlo.reshape"(%456) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %458 = "stablehlo.broadcast_in_dim"(%457) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %459 = "stablehlo.subtract"(%455, %458) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %460 = "stablehlo.exponential"(%459) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n461_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %461 = "stablehlo.reduce"(%460, %n461_init) ({
    ^bb0(%n461_a: tensor<f32>, %n461_b: tensor<f32>):
      %n461_r = "stablehlo.add"(%n461_a, %n461_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n461_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %462 = "stablehlo.reshape"(%461) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %463 = "stablehlo.broadcast_in_dim"(%462) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %464 = "stablehlo.divide"(%460, %463) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %465 = "stablehlo.dot_general"(%464, %452) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %466 = "stablehlo.transpose"(%465) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %467 = "stablehlo.reshape"(%466) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %468 = "stablehlo.dot_general"(%467, %arg59) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %469 = "stablehlo.add"(%427, %468) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %471 = "stablehlo.multiply"(%469, %469) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n472_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %472 = "stablehlo.reduce"(%471, %n472_init) ({
    ^bb0(%n472_a: tensor<f32>, %n472_b: tensor<f32>):
      %n472_r = "stablehlo.add"(%n472_a, %n472_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n472_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %473 = "stablehlo.reshape"(%472) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %474 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %475 = "stablehlo.broadcast_in_dim"(%474) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %476 = "stablehlo.multiply"(%473, %475) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %477 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %478 = "stablehlo.broadcast_in_dim"(%477) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %479 = "stablehlo.add"(%476, %478) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %480 = "stablehlo.rsqrt"(%479) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %481 = "stablehlo.broadcast_in_dim"(%480) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %482 = "stablehlo.multiply"(%469, %481) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %483 = "stablehlo.broadcast_in_dim"(%arg60) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %484 = "stablehlo.multiply"(%482, %483) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %489 = "stablehlo.dot_general"(%484, %arg61) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %490 = "stablehlo.reshape"(%489) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %491 = "stablehlo.dot_general"(%302, %arg62) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %492 = "stablehlo.reshape"(%491) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %493 = "stablehlo.dot_general"(%302, %arg63) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %494 = "stablehlo.reshape"(%493) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %495 = "stablehlo.dot_general"(%490, %492) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %496 = "stablehlo.broadcast_in_dim"(%320) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x1x1x48xf32>) -> tensor<32x4x3x48xf32>
    %497 = "stablehlo.add"(%495, %496) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n498_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %498 = "stablehlo.reduce"(%497, %n498_init) ({
    ^bb0(%n498_a: tensor<f32>, %n498_b: tensor<f32>):
      %n498_r = "stablehlo.maximum"(%n498_a, %n498_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n498_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %499 = "stablehlo.reshape"(%498) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %500 = "stablehlo.broadcast_in_dim"(%499) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %501 = "stablehlo.subtract"(%497, %500) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %502 = "stablehlo.exponential"(%501) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n503_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %503 = "stablehlo.reduce"(%502, %n503_init) ({
    ^bb0(%n503_a: tensor<f32>, %n503_b: tensor<f32>):
      %n503_r = "stablehlo.add"(%n503_a, %n503_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n503_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %504 = "stablehlo.reshape"(%503) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %505 = "stablehlo.broadcast_in_dim"(%504) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %506 = "stablehlo.divide"(%502, %505) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %507 = "stablehlo.dot_general"(%506, %494) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %508 = "stablehlo.transpose"(%507) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %509 = "stablehlo.reshape"(%508) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %510 = "stablehlo.dot_general"(%509, %arg64) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %511 = "stablehlo.add"(%469, %510) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %513 = "stablehlo.multiply"(%511, %511) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n514_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %514 = "stablehlo.reduce"(%513, %n514_init) ({
    ^bb0(%n514_a: tensor<f32>, %n514_b: tensor<f32>):
      %n514_r = "stablehlo.add"(%n514_a, %n514_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n514_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %515 = "stablehlo.reshape"(%514) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %516 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %517 = "stablehlo.broadcast_in_dim"(%516) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %518 = "stablehlo.multiply"(%515, %517) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %519 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %520 = "stablehlo.broadcast_in_dim"(%519) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %521 = "stablehlo.add"(%518, %520) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %522 = "stablehlo.rsqrt"(%521) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %523 = "stablehlo.broadcast_in_dim"(%522) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %524 = "stablehlo.multiply"(%511, %523) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %525 = "stablehlo.broadcast_in_dim"(%arg65) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %526 = "stablehlo.multiply"(%524, %525) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %529 = "stablehlo.dot_general"(%526, %arg67) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<512x128xf32>) -> tensor<32x3x512xf32>
    %530 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %531 = "stablehlo.broadcast_in_dim"(%530) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x512xf32>
    %532 = "stablehlo.maximum"(%529, %531) : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %533 = "stablehlo.dot_general"(%532, %arg66) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x512xf32>, tensor<128x512xf32>) -> tensor<32x3x128xf32>
    %534 = "stablehlo.add"(%511, %533) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %536 = "stablehlo.multiply"(%534, %534) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n537_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %537 = "stablehlo.reduce"(%536, %n537_init) ({
    ^bb0(%n537_a: tensor<f32>, %n537_b: tensor<f32>):
      %n537_r = "stablehlo.add"(%n537_a, %n537_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n537_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %538 = "stablehlo.reshape"(%537) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %539 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %540 = "stablehlo.broadcast_in_dim"(%539) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %541 = "stablehlo.multiply"(%538, %540) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %542 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %543 = "stablehlo.broadcast_in_dim"(%542) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %544 = "stablehlo.add"(%541, %543) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %545 = "stablehlo.rsqrt"(%544) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %546 = "stablehlo.broadcast_in_dim"(%545) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %547 = "stablehlo.multiply"(%534, %546) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %548 = "stablehlo.broadcast_in_dim"(%arg68) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %549 = "stablehlo.multiply"(%547, %548) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %554 = "stablehlo.dot_general"(%549, %arg69) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %555 = "stablehlo.reshape"(%554) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %556 = "stablehlo.dot_general"(%549, %arg70) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %557 = "stablehlo.reshape"(%556) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %558 = "stablehlo.dot_general"(%549, %arg71) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %559 = "stablehlo.reshape"(%558) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %560 = "stablehlo.dot_general"(%555, %557) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %561 = "stablehlo.broadcast_in_dim"(%312) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %562 = "stablehlo.add"(%560, %561) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n563_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %563 = "stablehlo.reduce"(%562, %n563_init) ({
    ^bb0(%n563_a: tensor<f32>, %n563_b: tensor<f32>):
      %n563_r = "stablehlo.maximum"(%n563_a, %n563_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n563_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %564 = "stablehlo.reshape"(%563) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %565 = "stablehlo.broadcast_in_dim"(%564) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %566 = "stablehlo.subtract"(%562, %565) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %567 = "stablehlo.exponential"(%566) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n568_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %568 = "stablehlo.reduce"(%567, %n568_init) ({
    ^bb0(%n568_a: tensor<f32>, %n568_b: tensor<f32>):
      %n568_r = "stablehlo.add"(%n568_a, %n568_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n568_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %569 = "stablehlo.reshape"(%568) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %570 = "stablehlo.broadcast_in_dim"(%569) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %571 = "stablehlo.divide"(%567, %570) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %572 = "stablehlo.dot_general"(%571, %559) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %573 = "stablehlo.transpose"(%572) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %574 = "stablehlo.reshape"(%573) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %575 = "stablehlo.dot_general"(%574, %arg72) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %576 = "stablehlo.add"(%534, %575) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %578 = "stablehlo.multiply"(%576, %576) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n579_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %579 = "stablehlo.reduce"(%578, %n579_init) ({
    ^bb0(%n579_a: tensor<f32>, %n579_b: tensor<f32>):
      %n579_r = "stablehlo.add"(%n579_a, %n579_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n579_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %580 = "stablehlo.reshape"(%579) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %581 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %582 = "stablehlo.broadcast_in_dim"(%581) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %583 = "stablehlo.multiply"(%580, %582) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %584 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %585 = "stablehlo.broadcast_in_dim"(%584) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %586 = "stablehlo.add"(%583, %585) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %587 = "stablehlo.rsqrt"(%586) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %588 = "stablehlo.broadcast_in_dim"(%587) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %589 = "stablehlo.multiply"(%576, %588) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %590 = "stablehlo.broadcast_in_dim"(%arg73) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %591 = "stablehlo.multiply"(%589, %590) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %596 = "stablehlo.dot_general"(%591, %arg74) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %597 = "stablehlo.reshape"(%596) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %598 = "stablehlo.dot_general"(%302, %arg75) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %599 = "stablehlo.reshape"(%598) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %600 = "stablehlo.dot_general"(%302, %arg76) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %601 = "stablehlo.reshape"(%600) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %602 = "stablehlo.dot_general"(%597, %599) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %603 = "stablehlo.broadcast_in_dim"(%320) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x1x1x48xf32>) -> tensor<32x4x3x48xf32>
    %604 = "stablehlo.add"(%602, %603) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n605_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %605 = "stablehlo.reduce"(%604, %n605_init) ({
    ^bb0(%n605_a: tensor<f32>, %n605_b: tensor<f32>):
      %n605_r = "stablehlo.maximum"(%n605_a, %n605_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n605_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %606 = "stablehlo.reshape"(%605) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %607 = "stablehlo.broadcast_in_dim"(%606) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %608 = "stablehlo.subtract"(%604, %607) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %609 = "stablehlo.exponential"(%608) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n610_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %610 = "stablehlo.reduce"(%609, %n610_init) ({
    ^bb0(%n610_a: tensor<f32>, %n610_b: tensor<f32>):
      %n610_r = "stablehlo.add"(%n610_a, %n610_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n610_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %611 = "stablehlo.reshape"(%610) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %612 = "stablehlo.broadcast_in_dim"(%611) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %613 = "stablehlo.divide"(%609, %612) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %614 = "stablehlo.dot_general"(%613, %601) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %615 = "stablehlo.transpose"(%614) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %616 = "stablehlo.reshape"(%615) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %617 = "stablehlo.dot_general"(%616, %arg77) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %618 = "stablehlo.add"(%576, %617) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %620 = "stablehlo.multiply"(%618, %618) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n621_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %621 = "stablehlo.reduce"(%620, %n621_init) ({
    ^bb0(%n621_a: tensor<f32>, %n621_b: tensor<f32>):
      %n621_r = "stablehlo.add"(%n621_a, %n621_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n621_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %622 = "stablehlo.reshape"(%621) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %623 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %624 = "stablehlo.broadcast_in_dim"(%623) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %625 = "stablehlo.multiply"(%622, %624) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %626 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %627 = "stablehlo.broadcast_in_dim"(%626) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %628 = "stablehlo.add"(%625, %627) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %629 = "stablehlo.rsqrt"(%628) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %630 = "stablehlo.broadcast_in_dim"(%629) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %631 = "stablehlo.multiply"(%618, %630) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %632 = "stablehlo.broadcast_in_dim"(%arg78) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %633 = "stablehlo.multiply"(%631, %632) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %636 = "stablehlo.dot_general"(%633, %arg80) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<512x128xf32>) -> tensor<32x3x512xf32>
    %637 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %638 = "stablehlo.broadcast_in_dim"(%637) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x512xf32>
    %639 = "stablehlo.maximum"(%636, %638) : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %640 = "stablehlo.dot_general"(%639, %arg79) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x512xf32>, tensor<128x512xf32>) -> tensor<32x3x128xf32>
    %641 = "stablehlo.add"(%618, %640) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %643 = "stablehlo.multiply"(%641, %641) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n644_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %644 = "stablehlo.reduce"(%643, %n644_init) ({
    ^bb0(%n644_a: tensor<f32>, %n644_b: tensor<f32>):
      %n644_r = "stablehlo.add"(%n644_a, %n644_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n644_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %645 = "stablehlo.reshape"(%644) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %646 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %647 = "stablehlo.broadcast_in_dim"(%646) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %648 = "stablehlo.multiply"(%645, %647) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %649 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %650 = "stablehlo.broadcast_in_dim"(%649) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %651 = "stablehlo.add"(%648, %650) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %652 = "stablehlo.rsqrt"(%651) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %653 = "stablehlo.broadcast_in_dim"(%652) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %654 = "stablehlo.multiply"(%641, %653) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %655 = "stablehlo.broadcast_in_dim"(%arg81) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %656 = "stablehlo.multiply"(%654, %655) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %661 = "stablehlo.dot_general"(%656, %arg82) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %662 = "stablehlo.reshape"(%661) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %663 = "stablehlo.dot_general"(%656, %arg83) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %664 = "stablehlo.reshape"(%663) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %665 = "stablehlo.dot_general"(%656, %arg84) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %666 = "stablehlo.reshape"(%665) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %667 = "stablehlo.dot_general"(%662, %664) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %668 = "stablehlo.broadcast_in_dim"(%312) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %669 = "stablehlo.add"(%667, %668) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n670_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %670 = "stablehlo.reduce"(%669, %n670_init) ({
    ^bb0(%n670_a: tensor<f32>, %n670_b: tensor<f32>):
      %n670_r = "stablehlo.maximum"(%n670_a, %n670_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n670_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %671 = "stablehlo.reshape"(%670) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %672 = "stablehlo.broadcast_in_dim"(%671) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %673 = "stablehlo.subtract"(%669, %672) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %674 = "stablehlo.exponential"(%673) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n675_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %675 = "stablehlo.reduce"(%674, %n675_init) ({
    ^bb0(%n675_a: tensor<f32>, %n675_b: tensor<f32>):
      %n675_r = "stablehlo.add"(%n675_a, %n675_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n675_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %676 = "stablehlo.reshape"(%675) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %677 = "stablehlo.broadcast_in_dim"(%676) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x3xf32>
    %678 = "stablehlo.divide"(%674, %677) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %679 = "stablehlo.dot_general"(%678, %666) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %680 = "stablehlo.transpose"(%679) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %681 = "stablehlo.reshape"(%680) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %682 = "stablehlo.dot_general"(%681, %arg85) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %683 = "stablehlo.add"(%641, %682) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %685 = "stablehlo.multiply"(%683, %683) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n686_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %686 = "stablehlo.reduce"(%685, %n686_init) ({
    ^bb0(%n686_a: tensor<f32>, %n686_b: tensor<f32>):
      %n686_r = "stablehlo.add"(%n686_a, %n686_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n686_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %687 = "stablehlo.reshape"(%686) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %688 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %689 = "stablehlo.broadcast_in_dim"(%688) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %690 = "stablehlo.multiply"(%687, %689) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %691 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %692 = "stablehlo.broadcast_in_dim"(%691) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %693 = "stablehlo.add"(%690, %692) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %694 = "stablehlo.rsqrt"(%693) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %695 = "stablehlo.broadcast_in_dim"(%694) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %696 = "stablehlo.multiply"(%683, %695) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %697 = "stablehlo.broadcast_in_dim"(%arg86) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %698 = "stablehlo.multiply"(%696, %697) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %703 = "stablehlo.dot_general"(%698, %arg87) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %704 = "stablehlo.reshape"(%703) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %705 = "stablehlo.dot_general"(%302, %arg88) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %706 = "stablehlo.reshape"(%705) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %707 = "stablehlo.dot_general"(%302, %arg89) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %708 = "stablehlo.reshape"(%707) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %709 = "stablehlo.dot_general"(%704, %706) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x3x4x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %710 = "stablehlo.broadcast_in_dim"(%320) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x1x1x48xf32>) -> tensor<32x4x3x48xf32>
    %711 = "stablehlo.add"(%709, %710) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n712_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %712 = "stablehlo.reduce"(%711, %n712_init) ({
    ^bb0(%n712_a: tensor<f32>, %n712_b: tensor<f32>):
      %n712_r = "stablehlo.maximum"(%n712_a, %n712_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n712_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %713 = "stablehlo.reshape"(%712) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %714 = "stablehlo.broadcast_in_dim"(%713) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %715 = "stablehlo.subtract"(%711, %714) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %716 = "stablehlo.exponential"(%715) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n717_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %717 = "stablehlo.reduce"(%716, %n717_init) ({
    ^bb0(%n717_a: tensor<f32>, %n717_b: tensor<f32>):
      %n717_r = "stablehlo.add"(%n717_a, %n717_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n717_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %718 = "stablehlo.reshape"(%717) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %719 = "stablehlo.broadcast_in_dim"(%718) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<32x4x3x1xf32>) -> tensor<32x4x3x48xf32>
    %720 = "stablehlo.divide"(%716, %719) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %721 = "stablehlo.dot_general"(%720, %708) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %722 = "stablehlo.transpose"(%721) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %723 = "stablehlo.reshape"(%722) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %724 = "stablehlo.dot_general"(%723, %arg90) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %725 = "stablehlo.add"(%683, %724) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %727 = "stablehlo.multiply"(%725, %725) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n728_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %728 = "stablehlo.reduce"(%727, %n728_init) ({
    ^bb0(%n728_a: tensor<f32>, %n728_b: tensor<f32>):
      %n728_r = "stablehlo.add"(%n728_a, %n728_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n728_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %729 = "stablehlo.reshape"(%728) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %730 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %731 = "stablehlo.broadcast_in_dim"(%730) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %732 = "stablehlo.multiply"(%729, %731) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %733 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %734 = "stablehlo.broadcast_in_dim"(%733) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %735 = "stablehlo.add"(%732, %734) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %736 = "stablehlo.rsqrt"(%735) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %737 = "stablehlo.broadcast_in_dim"(%736) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %738 = "stablehlo.multiply"(%725, %737) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %739 = "stablehlo.broadcast_in_dim"(%arg91) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %740 = "stablehlo.multiply"(%738, %739) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %743 = "stablehlo.dot_general"(%740, %arg93) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<512x128xf32>) -> tensor<32x3x512xf32>
    %744 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %745 = "stablehlo.broadcast_in_dim"(%744) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x512xf32>
    %746 = "stablehlo.maximum"(%743, %745) : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %747 = "stablehlo.dot_general"(%746, %arg92) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x512xf32>, tensor<128x512xf32>) -> tensor<32x3x128xf32>
    %748 = "stablehlo.add"(%725, %747) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %750 = "stablehlo.multiply"(%748, %748) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n751_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %751 = "stablehlo.reduce"(%750, %n751_init) ({
    ^bb0(%n751_a: tensor<f32>, %n751_b: tensor<f32>):
      %n751_r = "stablehlo.add"(%n751_a, %n751_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n751_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %752 = "stablehlo.reshape"(%751) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %753 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %754 = "stablehlo.broadcast_in_dim"(%753) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %755 = "stablehlo.multiply"(%752, %754) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %756 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %757 = "stablehlo.broadcast_in_dim"(%756) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %758 = "stablehlo.add"(%755, %757) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %759 = "stablehlo.rsqrt"(%758) : (tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %760 = "stablehlo.broadcast_in_dim"(%759) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x3x1xf32>) -> tensor<32x3x128xf32>
    %761 = "stablehlo.multiply"(%748, %760) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %762 = "stablehlo.broadcast_in_dim"(%arg94) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<32x3x128xf32>
    %763 = "stablehlo.multiply"(%761, %762) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %764 = stablehlo.constant dense<0x3DB504F3> : tensor<f32>
    %765 = "stablehlo.broadcast_in_dim"(%764) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x128xf32>
    %766 = "stablehlo.multiply"(%763, %765) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %767 = "stablehlo.dot_general"(%766, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x3x128xf32>, tensor<32128x128xf32>) -> tensor<32x3x32128xf32>
    %768 = "stablehlo.reshape"(%767) : (tensor<32x3x32128xf32>) -> tensor<96x32128xf32>
    %769 = "stablehlo.reshape"(%arg3) : (tensor<32x3xi32>) -> tensor<96xi32>
    %n770_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %770 = "stablehlo.reduce"(%768, %n770_init) ({
    ^bb0(%n770_a: tensor<f32>, %n770_b: tensor<f32>):
      %n770_r = "stablehlo.maximum"(%n770_a, %n770_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n770_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<96x32128xf32>, tensor<f32>) -> tensor<96xf32>
    %771 = "stablehlo.reshape"(%770) : (tensor<96xf32>) -> tensor<96x1xf32>
    %772 = "stablehlo.broadcast_in_dim"(%771) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<96x1xf32>) -> tensor<96x32128xf32>
    %773 = "stablehlo.subtract"(%768, %772) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %774 = "stablehlo.exponential"(%773) : (tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %n775_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %775 = "stablehlo.reduce"(%774, %n775_init) ({
    ^bb0(%n775_a: tensor<f32>, %n775_b: tensor<f32>):
      %n775_r = "stablehlo.add"(%n775_a, %n775_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n775_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<96x32128xf32>, tensor<f32>) -> tensor<96xf32>
    %776 = "stablehlo.reshape"(%775) : (tensor<96xf32>) -> tensor<96x1xf32>
    %777 = "stablehlo.log"(%776) : (tensor<96x1xf32>) -> tensor<96x1xf32>
    %778 = "stablehlo.broadcast_in_dim"(%777) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<96x1xf32>) -> tensor<96x32128xf32>
    %779 = "stablehlo.subtract"(%773, %778) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %780 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<96x32128xi32>
    %781 = "stablehlo.broadcast_in_dim"(%769) {broadcast_dimensions = array<i64: 0>} : (tensor<96xi32>) -> tensor<96x32128xi32>
    %782 = "stablehlo.compare"(%780, %781) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<96x32128xi32>, tensor<96x32128xi32>) -> tensor<96x32128xi1>
    %783 = "stablehlo.convert"(%782) : (tensor<96x32128xi1>) -> tensor<96x32128xf32>
    %784 = "stablehlo.multiply"(%783, %779) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %n785_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %785 = "stablehlo.reduce"(%784, %n785_init) ({
    ^bb0(%n785_a: tensor<f32>, %n785_b: tensor<f32>):
      %n785_r = "stablehlo.add"(%n785_a, %n785_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n785_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<96x32128xf32>, tensor<f32>) -> tensor<96xf32>
    %786 = "stablehlo.negate"(%785) : (tensor<96xf32>) -> tensor<96xf32>
    %787 = stablehlo.constant dense<0> : tensor<i32>
    %788 = "stablehlo.broadcast_in_dim"(%787) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<96xi32>
    %789 = "stablehlo.compare"(%769, %788) {comparison_direction = #stablehlo<comparison_direction NE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<96xi32>, tensor<96xi32>) -> tensor<96xi1>
    %790 = "stablehlo.convert"(%789) : (tensor<96xi1>) -> tensor<96xf32>
    %791 = "stablehlo.multiply"(%786, %790) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %n792_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %792 = "stablehlo.reduce"(%791, %n792_init) ({
    ^bb0(%n792_a: tensor<f32>, %n792_b: tensor<f32>):
      %n792_r = "stablehlo.add"(%n792_a, %n792_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n792_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %n793_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %793 = "stablehlo.reduce"(%790, %n793_init) ({
    ^bb0(%n793_a: tensor<f32>, %n793_b: tensor<f32>):
      %n793_r = "stablehlo.add"(%n793_a, %n793_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n793_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %794 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %795 = "stablehlo.maximum"(%793, %794) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %796 = "stablehlo.divide"(%792, %795) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %797 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %798 = "stablehlo.divide"(%797, %795) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %799 = "stablehlo.broadcast_in_dim"(%798) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %800 = "stablehlo.multiply"(%799, %790) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %801 = "stablehlo.negate"(%800) : (tensor<96xf32>) -> tensor<96xf32>
    %802 = "stablehlo.broadcast_in_dim"(%801) {broadcast_dimensions = array<i64: 0>} : (tensor<96xf32>) -> tensor<96x32128xf32>
    %803 = "stablehlo.multiply"(%802, %783) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %804 = "stablehlo.negate"(%803) : (tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %n805_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %805 = "stablehlo.reduce"(%804, %n805_init) ({
    ^bb0(%n805_a: tensor<f32>, %n805_b: tensor<f32>):
      %n805_r = "stablehlo.add"(%n805_a, %n805_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n805_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<96x32128xf32>, tensor<f32>) -> tensor<96xf32>
    %806 = "stablehlo.reshape"(%805) : (tensor<96xf32>) -> tensor<96x1xf32>
    %807 = "stablehlo.divide"(%806, %776) : (tensor<96x1xf32>, tensor<96x1xf32>) -> tensor<96x1xf32>
    %808 = "stablehlo.reshape"(%807) : (tensor<96x1xf32>) -> tensor<96xf32>
    %809 = "stablehlo.broadcast_in_dim"(%808) {broadcast_dimensions = array<i64: 0>} : (tensor<96xf32>) -> tensor<96x32128xf32>
    %810 = "stablehlo.multiply"(%809, %774) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %811 = "stablehlo.add"(%803, %810) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %812 = "stablehlo.negate"(%811) : (tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %n813_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %813 = "stablehlo.reduce"(%812, %n813_init) ({
    ^bb0(%n813_a: tensor<f32>, %n813_b: tensor<f32>):
      %n813_r = "stablehlo.add"(%n813_a, %n813_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n813_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<96x32128xf32>, tensor<f32>) -> tensor<96xf32>
    %814 = "stablehlo.reshape"(%813) : (tensor<96xf32>) -> tensor<96x1xf32>
    %815 = "stablehlo.reshape"(%814) : (tensor<96x1xf32>) -> tensor<96xf32>
    %816 = "stablehlo.broadcast_in_dim"(%770) {broadcast_dimensions = array<i64: 0>} : (tensor<96xf32>) -> tensor<96x32128xf32>
    %817 = "stablehlo.compare"(%768, %816) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xi1>
    %818 = "stablehlo.convert"(%817) : (tensor<96x32128xi1>) -> tensor<96x32128xf32>
    %n819_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %819 = "stablehlo.reduce"(%818, %n819_init) ({
    ^bb0(%n819_a: tensor<f32>, %n819_b: tensor<f32>):
      %n819_r = "stablehlo.add"(%n819_a, %n819_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n819_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<96x32128xf32>, tensor<f32>) -> tensor<96xf32>
    %820 = "stablehlo.divide"(%815, %819) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %821 = "stablehlo.broadcast_in_dim"(%820) {broadcast_dimensions = array<i64: 0>} : (tensor<96xf32>) -> tensor<96x32128xf32>
    %822 = "stablehlo.multiply"(%821, %818) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %823 = "stablehlo.add"(%811, %822) : (tensor<96x32128xf32>, tensor<96x32128xf32>) -> tensor<96x32128xf32>
    %824 = "stablehlo.reshape"(%823) : (tensor<96x32128xf32>) -> tensor<32x3x32128xf32>
    %825 = "stablehlo.dot_general"(%824, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x32128xf32>, tensor<32128x128xf32>) -> tensor<32x3x128xf32>
    %826 = "stablehlo.dot_general"(%824, %766) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x32128xf32>, tensor<32x3x128xf32>) -> tensor<32128x128xf32>
    %827 = "stablehlo.multiply"(%825, %765) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %828 = "stablehlo.multiply"(%827, %762) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %829 = "stablehlo.multiply"(%827, %761) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n830_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %830 = "stablehlo.reduce"(%829, %n830_init) ({
    ^bb0(%n830_a: tensor<f32>, %n830_b: tensor<f32>):
      %n830_r = "stablehlo.add"(%n830_a, %n830_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n830_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %831 = "stablehlo.multiply"(%828, %760) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %832 = "stablehlo.multiply"(%828, %748) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n833_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %833 = "stablehlo.reduce"(%832, %n833_init) ({
    ^bb0(%n833_a: tensor<f32>, %n833_b: tensor<f32>):
      %n833_r = "stablehlo.add"(%n833_a, %n833_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n833_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %834 = "stablehlo.reshape"(%833) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %835 = "stablehlo.divide"(%759, %758) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %836 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %837 = "stablehlo.broadcast_in_dim"(%836) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %838 = "stablehlo.multiply"(%835, %837) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %839 = "stablehlo.multiply"(%834, %838) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %840 = "stablehlo.multiply"(%839, %754) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %841 = "stablehlo.reshape"(%840) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %842 = "stablehlo.broadcast_in_dim"(%841) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %843 = "stablehlo.multiply"(%842, %748) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %844 = "stablehlo.multiply"(%842, %748) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %845 = "stablehlo.add"(%831, %843) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %846 = "stablehlo.add"(%845, %844) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %847 = "stablehlo.dot_general"(%846, %arg92) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x512xf32>) -> tensor<32x3x512xf32>
    %848 = "stablehlo.dot_general"(%846, %746) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x512xf32>) -> tensor<128x512xf32>
    %849 = "stablehlo.compare"(%743, %745) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %850 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %851 = "stablehlo.select"(%849, %847, %850) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %852 = "stablehlo.dot_general"(%851, %arg93) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x512xf32>, tensor<512x128xf32>) -> tensor<32x3x128xf32>
    %853 = "stablehlo.dot_general"(%851, %740) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x512xf32>, tensor<32x3x128xf32>) -> tensor<512x128xf32>
    %854 = "stablehlo.multiply"(%852, %739) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %855 = "stablehlo.multiply"(%852, %738) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n856_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %856 = "stablehlo.reduce"(%855, %n856_init) ({
    ^bb0(%n856_a: tensor<f32>, %n856_b: tensor<f32>):
      %n856_r = "stablehlo.add"(%n856_a, %n856_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n856_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %857 = "stablehlo.multiply"(%854, %737) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %858 = "stablehlo.multiply"(%854, %725) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %859 = "stablehlo.add"(%846, %857) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n860_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %860 = "stablehlo.reduce"(%858, %n860_init) ({
    ^bb0(%n860_a: tensor<f32>, %n860_b: tensor<f32>):
      %n860_r = "stablehlo.add"(%n860_a, %n860_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n860_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %861 = "stablehlo.reshape"(%860) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %862 = "stablehlo.divide"(%736, %735) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %863 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %864 = "stablehlo.broadcast_in_dim"(%863) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %865 = "stablehlo.multiply"(%862, %864) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %866 = "stablehlo.multiply"(%861, %865) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %867 = "stablehlo.multiply"(%866, %731) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %868 = "stablehlo.reshape"(%867) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %869 = "stablehlo.broadcast_in_dim"(%868) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %870 = "stablehlo.multiply"(%869, %725) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %871 = "stablehlo.multiply"(%869, %725) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %872 = "stablehlo.add"(%859, %870) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %873 = "stablehlo.add"(%872, %871) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %874 = "stablehlo.dot_general"(%873, %arg90) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %875 = "stablehlo.dot_general"(%873, %723) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %876 = "stablehlo.reshape"(%874) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %877 = "stablehlo.transpose"(%876) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %878 = "stablehlo.dot_general"(%877, %708) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %879 = "stablehlo.dot_general"(%877, %720) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %880 = "stablehlo.transpose"(%879) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %881 = "stablehlo.divide"(%878, %719) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %882 = "stablehlo.multiply"(%881, %720) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %883 = "stablehlo.negate"(%882) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n884_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %884 = "stablehlo.reduce"(%883, %n884_init) ({
    ^bb0(%n884_a: tensor<f32>, %n884_b: tensor<f32>):
      %n884_r = "stablehlo.add"(%n884_a, %n884_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n884_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %885 = "stablehlo.reshape"(%884) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %886 = "stablehlo.reshape"(%885) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %887 = "stablehlo.broadcast_in_dim"(%886) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %888 = "stablehlo.add"(%881, %887) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %889 = "stablehlo.multiply"(%888, %716) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %890 = "stablehlo.negate"(%889) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n891_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %891 = "stablehlo.reduce"(%890, %n891_init) ({
    ^bb0(%n891_a: tensor<f32>, %n891_b: tensor<f32>):
      %n891_r = "stablehlo.add"(%n891_a, %n891_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n891_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %892 = "stablehlo.reshape"(%891) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %893 = "stablehlo.reshape"(%892) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %894 = "stablehlo.broadcast_in_dim"(%712) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %895 = "stablehlo.compare"(%711, %894) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %896 = "stablehlo.convert"(%895) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n897_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %897 = "stablehlo.reduce"(%896, %n897_init) ({
    ^bb0(%n897_a: tensor<f32>, %n897_b: tensor<f32>):
      %n897_r = "stablehlo.add"(%n897_a, %n897_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n897_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %898 = "stablehlo.divide"(%893, %897) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %899 = "stablehlo.broadcast_in_dim"(%898) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %900 = "stablehlo.multiply"(%899, %896) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %901 = "stablehlo.add"(%889, %900) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %902 = "stablehlo.dot_general"(%901, %706) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %903 = "stablehlo.transpose"(%902) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %904 = "stablehlo.dot_general"(%901, %704) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %905 = "stablehlo.transpose"(%904) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %906 = "stablehlo.reshape"(%880) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %907 = "stablehlo.dot_general"(%906, %arg89) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %908 = "stablehlo.dot_general"(%906, %302) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %909 = "stablehlo.reshape"(%905) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %910 = "stablehlo.dot_general"(%909, %arg88) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %911 = "stablehlo.dot_general"(%909, %302) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %912 = "stablehlo.add"(%907, %910) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %913 = "stablehlo.reshape"(%903) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %914 = "stablehlo.dot_general"(%913, %arg87) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %915 = "stablehlo.dot_general"(%913, %698) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %916 = "stablehlo.multiply"(%914, %697) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %917 = "stablehlo.multiply"(%914, %696) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n918_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %918 = "stablehlo.reduce"(%917, %n918_init) ({
    ^bb0(%n918_a: tensor<f32>, %n918_b: tensor<f32>):
      %n918_r = "stablehlo.add"(%n918_a, %n918_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n918_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %919 = "stablehlo.multiply"(%916, %695) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %920 = "stablehlo.multiply"(%916, %683) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %921 = "stablehlo.add"(%873, %919) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n922_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %922 = "stablehlo.reduce"(%920, %n922_init) ({
    ^bb0(%n922_a: tensor<f32>, %n922_b: tensor<f32>):
      %n922_r = "stablehlo.add"(%n922_a, %n922_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n922_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %923 = "stablehlo.reshape"(%922) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %924 = "stablehlo.divide"(%694, %693) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %925 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %926 = "stablehlo.broadcast_in_dim"(%925) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %927 = "stablehlo.multiply"(%924, %926) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %928 = "stablehlo.multiply"(%923, %927) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %929 = "stablehlo.multiply"(%928, %689) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %930 = "stablehlo.reshape"(%929) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %931 = "stablehlo.broadcast_in_dim"(%930) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %932 = "stablehlo.multiply"(%931, %683) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %933 = "stablehlo.multiply"(%931, %683) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %934 = "stablehlo.add"(%921, %932) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %935 = "stablehlo.add"(%934, %933) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %936 = "stablehlo.dot_general"(%935, %arg85) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %937 = "stablehlo.dot_general"(%935, %681) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %938 = "stablehlo.reshape"(%936) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %939 = "stablehlo.transpose"(%938) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %940 = "stablehlo.dot_general"(%939, %666) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %941 = "stablehlo.dot_general"(%939, %678) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %942 = "stablehlo.transpose"(%941) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %943 = "stablehlo.divide"(%940, %677) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %944 = "stablehlo.multiply"(%943, %678) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %945 = "stablehlo.negate"(%944) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n946_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %946 = "stablehlo.reduce"(%945, %n946_init) ({
    ^bb0(%n946_a: tensor<f32>, %n946_b: tensor<f32>):
      %n946_r = "stablehlo.add"(%n946_a, %n946_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n946_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %947 = "stablehlo.reshape"(%946) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %948 = "stablehlo.reshape"(%947) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %949 = "stablehlo.broadcast_in_dim"(%948) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %950 = "stablehlo.add"(%943, %949) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %951 = "stablehlo.multiply"(%950, %674) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %952 = "stablehlo.negate"(%951) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n953_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %953 = "stablehlo.reduce"(%952, %n953_init) ({
    ^bb0(%n953_a: tensor<f32>, %n953_b: tensor<f32>):
      %n953_r = "stablehlo.add"(%n953_a, %n953_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n953_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %954 = "stablehlo.reshape"(%953) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %955 = "stablehlo.reshape"(%954) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %956 = "stablehlo.broadcast_in_dim"(%670) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %957 = "stablehlo.compare"(%669, %956) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %958 = "stablehlo.convert"(%957) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n959_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %959 = "stablehlo.reduce"(%958, %n959_init) ({
    ^bb0(%n959_a: tensor<f32>, %n959_b: tensor<f32>):
      %n959_r = "stablehlo.add"(%n959_a, %n959_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n959_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %960 = "stablehlo.divide"(%955, %959) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %961 = "stablehlo.broadcast_in_dim"(%960) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %962 = "stablehlo.multiply"(%961, %958) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %963 = "stablehlo.add"(%951, %962) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n964_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %964 = "stablehlo.reduce"(%963, %n964_init) ({
    ^bb0(%n964_a: tensor<f32>, %n964_b: tensor<f32>):
      %n964_r = "stablehlo.add"(%n964_a, %n964_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n964_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %965 = "stablehlo.reshape"(%964) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %966 = "stablehlo.dot_general"(%963, %664) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %967 = "stablehlo.transpose"(%966) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %968 = "stablehlo.dot_general"(%963, %662) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %969 = "stablehlo.transpose"(%968) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %970 = "stablehlo.reshape"(%942) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %971 = "stablehlo.dot_general"(%970, %arg84) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %972 = "stablehlo.dot_general"(%970, %656) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %973 = "stablehlo.reshape"(%969) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %974 = "stablehlo.dot_general"(%973, %arg83) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %975 = "stablehlo.dot_general"(%973, %656) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %976 = "stablehlo.add"(%971, %974) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %977 = "stablehlo.reshape"(%967) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %978 = "stablehlo.dot_general"(%977, %arg82) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %979 = "stablehlo.dot_general"(%977, %656) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %980 = "stablehlo.add"(%976, %978) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %981 = "stablehlo.multiply"(%980, %655) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %982 = "stablehlo.multiply"(%980, %654) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n983_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %983 = "stablehlo.reduce"(%982, %n983_init) ({
    ^bb0(%n983_a: tensor<f32>, %n983_b: tensor<f32>):
      %n983_r = "stablehlo.add"(%n983_a, %n983_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n983_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %984 = "stablehlo.multiply"(%981, %653) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %985 = "stablehlo.multiply"(%981, %641) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %986 = "stablehlo.add"(%935, %984) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n987_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %987 = "stablehlo.reduce"(%985, %n987_init) ({
    ^bb0(%n987_a: tensor<f32>, %n987_b: tensor<f32>):
      %n987_r = "stablehlo.add"(%n987_a, %n987_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n987_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %988 = "stablehlo.reshape"(%987) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %989 = "stablehlo.divide"(%652, %651) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %990 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %991 = "stablehlo.broadcast_in_dim"(%990) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %992 = "stablehlo.multiply"(%989, %991) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %993 = "stablehlo.multiply"(%988, %992) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %994 = "stablehlo.multiply"(%993, %647) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %995 = "stablehlo.reshape"(%994) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %996 = "stablehlo.broadcast_in_dim"(%995) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %997 = "stablehlo.multiply"(%996, %641) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %998 = "stablehlo.multiply"(%996, %641) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %999 = "stablehlo.add"(%986, %997) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1000 = "stablehlo.add"(%999, %998) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1001 = "stablehlo.dot_general"(%1000, %arg79) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x512xf32>) -> tensor<32x3x512xf32>
    %1002 = "stablehlo.dot_general"(%1000, %639) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x512xf32>) -> tensor<128x512xf32>
    %1003 = "stablehlo.compare"(%636, %638) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %1004 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %1005 = "stablehlo.select"(%1003, %1001, %1004) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %1006 = "stablehlo.dot_general"(%1005, %arg80) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x512xf32>, tensor<512x128xf32>) -> tensor<32x3x128xf32>
    %1007 = "stablehlo.dot_general"(%1005, %633) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x512xf32>, tensor<32x3x128xf32>) -> tensor<512x128xf32>
    %1008 = "stablehlo.multiply"(%1006, %632) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1009 = "stablehlo.multiply"(%1006, %631) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1010_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1010 = "stablehlo.reduce"(%1009, %n1010_init) ({
    ^bb0(%n1010_a: tensor<f32>, %n1010_b: tensor<f32>):
      %n1010_r = "stablehlo.add"(%n1010_a, %n1010_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1010_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1011 = "stablehlo.multiply"(%1008, %630) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1012 = "stablehlo.multiply"(%1008, %618) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1013 = "stablehlo.add"(%1000, %1011) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1014_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1014 = "stablehlo.reduce"(%1012, %n1014_init) ({
    ^bb0(%n1014_a: tensor<f32>, %n1014_b: tensor<f32>):
      %n1014_r = "stablehlo.add"(%n1014_a, %n1014_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1014_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1015 = "stablehlo.reshape"(%1014) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1016 = "stablehlo.divide"(%629, %628) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1017 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1018 = "stablehlo.broadcast_in_dim"(%1017) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1019 = "stablehlo.multiply"(%1016, %1018) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1020 = "stablehlo.multiply"(%1015, %1019) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1021 = "stablehlo.multiply"(%1020, %624) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1022 = "stablehlo.reshape"(%1021) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1023 = "stablehlo.broadcast_in_dim"(%1022) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1024 = "stablehlo.multiply"(%1023, %618) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1025 = "stablehlo.multiply"(%1023, %618) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1026 = "stablehlo.add"(%1013, %1024) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1027 = "stablehlo.add"(%1026, %1025) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1028 = "stablehlo.dot_general"(%1027, %arg77) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1029 = "stablehlo.dot_general"(%1027, %616) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1030 = "stablehlo.reshape"(%1028) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1031 = "stablehlo.transpose"(%1030) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1032 = "stablehlo.dot_general"(%1031, %601) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1033 = "stablehlo.dot_general"(%1031, %613) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1034 = "stablehlo.transpose"(%1033) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1035 = "stablehlo.divide"(%1032, %612) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1036 = "stablehlo.multiply"(%1035, %613) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1037 = "stablehlo.negate"(%1036) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1038_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1038 = "stablehlo.reduce"(%1037, %n1038_init) ({
    ^bb0(%n1038_a: tensor<f32>, %n1038_b: tensor<f32>):
      %n1038_r = "stablehlo.add"(%n1038_a, %n1038_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1038_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1039 = "stablehlo.reshape"(%1038) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1040 = "stablehlo.reshape"(%1039) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1041 = "stablehlo.broadcast_in_dim"(%1040) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1042 = "stablehlo.add"(%1035, %1041) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1043 = "stablehlo.multiply"(%1042, %609) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1044 = "stablehlo.negate"(%1043) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1045_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1045 = "stablehlo.reduce"(%1044, %n1045_init) ({
    ^bb0(%n1045_a: tensor<f32>, %n1045_b: tensor<f32>):
      %n1045_r = "stablehlo.add"(%n1045_a, %n1045_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1045_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1046 = "stablehlo.reshape"(%1045) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1047 = "stablehlo.reshape"(%1046) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1048 = "stablehlo.broadcast_in_dim"(%605) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1049 = "stablehlo.compare"(%604, %1048) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1050 = "stablehlo.convert"(%1049) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1051_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1051 = "stablehlo.reduce"(%1050, %n1051_init) ({
    ^bb0(%n1051_a: tensor<f32>, %n1051_b: tensor<f32>):
      %n1051_r = "stablehlo.add"(%n1051_a, %n1051_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1051_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1052 = "stablehlo.divide"(%1047, %1051) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1053 = "stablehlo.broadcast_in_dim"(%1052) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1054 = "stablehlo.multiply"(%1053, %1050) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1055 = "stablehlo.add"(%1043, %1054) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1056 = "stablehlo.dot_general"(%1055, %599) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1057 = "stablehlo.transpose"(%1056) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1058 = "stablehlo.dot_general"(%1055, %597) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1059 = "stablehlo.transpose"(%1058) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1060 = "stablehlo.reshape"(%1034) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1061 = "stablehlo.dot_general"(%1060, %arg76) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1062 = "stablehlo.dot_general"(%1060, %302) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1063 = "stablehlo.add"(%912, %1061) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1064 = "stablehlo.reshape"(%1059) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1065 = "stablehlo.dot_general"(%1064, %arg75) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1066 = "stablehlo.dot_general"(%1064, %302) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1067 = "stablehlo.add"(%1063, %1065) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1068 = "stablehlo.reshape"(%1057) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1069 = "stablehlo.dot_general"(%1068, %arg74) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1070 = "stablehlo.dot_general"(%1068, %591) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1071 = "stablehlo.multiply"(%1069, %590) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1072 = "stablehlo.multiply"(%1069, %589) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1073_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1073 = "stablehlo.reduce"(%1072, %n1073_init) ({
    ^bb0(%n1073_a: tensor<f32>, %n1073_b: tensor<f32>):
      %n1073_r = "stablehlo.add"(%n1073_a, %n1073_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1073_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1074 = "stablehlo.multiply"(%1071, %588) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1075 = "stablehlo.multiply"(%1071, %576) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1076 = "stablehlo.add"(%1027, %1074) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1077_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1077 = "stablehlo.reduce"(%1075, %n1077_init) ({
    ^bb0(%n1077_a: tensor<f32>, %n1077_b: tensor<f32>):
      %n1077_r = "stablehlo.add"(%n1077_a, %n1077_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1077_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1078 = "stablehlo.reshape"(%1077) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1079 = "stablehlo.divide"(%587, %586) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1080 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1081 = "stablehlo.broadcast_in_dim"(%1080) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1082 = "stablehlo.multiply"(%1079, %1081) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1083 = "stablehlo.multiply"(%1078, %1082) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1084 = "stablehlo.multiply"(%1083, %582) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1085 = "stablehlo.reshape"(%1084) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1086 = "stablehlo.broadcast_in_dim"(%1085) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1087 = "stablehlo.multiply"(%1086, %576) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1088 = "stablehlo.multiply"(%1086, %576) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1089 = "stablehlo.add"(%1076, %1087) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1090 = "stablehlo.add"(%1089, %1088) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1091 = "stablehlo.dot_general"(%1090, %arg72) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1092 = "stablehlo.dot_general"(%1090, %574) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1093 = "stablehlo.reshape"(%1091) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1094 = "stablehlo.transpose"(%1093) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1095 = "stablehlo.dot_general"(%1094, %559) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1096 = "stablehlo.dot_general"(%1094, %571) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1097 = "stablehlo.transpose"(%1096) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1098 = "stablehlo.divide"(%1095, %570) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1099 = "stablehlo.multiply"(%1098, %571) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1100 = "stablehlo.negate"(%1099) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1101_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1101 = "stablehlo.reduce"(%1100, %n1101_init) ({
    ^bb0(%n1101_a: tensor<f32>, %n1101_b: tensor<f32>):
      %n1101_r = "stablehlo.add"(%n1101_a, %n1101_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1101_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1102 = "stablehlo.reshape"(%1101) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1103 = "stablehlo.reshape"(%1102) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1104 = "stablehlo.broadcast_in_dim"(%1103) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1105 = "stablehlo.add"(%1098, %1104) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1106 = "stablehlo.multiply"(%1105, %567) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1107 = "stablehlo.negate"(%1106) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1108_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1108 = "stablehlo.reduce"(%1107, %n1108_init) ({
    ^bb0(%n1108_a: tensor<f32>, %n1108_b: tensor<f32>):
      %n1108_r = "stablehlo.add"(%n1108_a, %n1108_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1108_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1109 = "stablehlo.reshape"(%1108) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1110 = "stablehlo.reshape"(%1109) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1111 = "stablehlo.broadcast_in_dim"(%563) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1112 = "stablehlo.compare"(%562, %1111) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1113 = "stablehlo.convert"(%1112) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1114_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1114 = "stablehlo.reduce"(%1113, %n1114_init) ({
    ^bb0(%n1114_a: tensor<f32>, %n1114_b: tensor<f32>):
      %n1114_r = "stablehlo.add"(%n1114_a, %n1114_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1114_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1115 = "stablehlo.divide"(%1110, %1114) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1116 = "stablehlo.broadcast_in_dim"(%1115) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1117 = "stablehlo.multiply"(%1116, %1113) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1118 = "stablehlo.add"(%1106, %1117) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1119_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1119 = "stablehlo.reduce"(%1118, %n1119_init) ({
    ^bb0(%n1119_a: tensor<f32>, %n1119_b: tensor<f32>):
      %n1119_r = "stablehlo.add"(%n1119_a, %n1119_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1119_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1120 = "stablehlo.reshape"(%1119) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1121 = "stablehlo.add"(%965, %1120) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1122 = "stablehlo.dot_general"(%1118, %557) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1123 = "stablehlo.transpose"(%1122) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1124 = "stablehlo.dot_general"(%1118, %555) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1125 = "stablehlo.transpose"(%1124) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1126 = "stablehlo.reshape"(%1097) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1127 = "stablehlo.dot_general"(%1126, %arg71) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1128 = "stablehlo.dot_general"(%1126, %549) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1129 = "stablehlo.reshape"(%1125) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1130 = "stablehlo.dot_general"(%1129, %arg70) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1131 = "stablehlo.dot_general"(%1129, %549) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1132 = "stablehlo.add"(%1127, %1130) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1133 = "stablehlo.reshape"(%1123) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1134 = "stablehlo.dot_general"(%1133, %arg69) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1135 = "stablehlo.dot_general"(%1133, %549) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1136 = "stablehlo.add"(%1132, %1134) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1137 = "stablehlo.multiply"(%1136, %548) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1138 = "stablehlo.multiply"(%1136, %547) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1139_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1139 = "stablehlo.reduce"(%1138, %n1139_init) ({
    ^bb0(%n1139_a: tensor<f32>, %n1139_b: tensor<f32>):
      %n1139_r = "stablehlo.add"(%n1139_a, %n1139_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1139_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1140 = "stablehlo.multiply"(%1137, %546) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1141 = "stablehlo.multiply"(%1137, %534) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1142 = "stablehlo.add"(%1090, %1140) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1143_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1143 = "stablehlo.reduce"(%1141, %n1143_init) ({
    ^bb0(%n1143_a: tensor<f32>, %n1143_b: tensor<f32>):
      %n1143_r = "stablehlo.add"(%n1143_a, %n1143_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1143_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1144 = "stablehlo.reshape"(%1143) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1145 = "stablehlo.divide"(%545, %544) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1146 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1147 = "stablehlo.broadcast_in_dim"(%1146) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1148 = "stablehlo.multiply"(%1145, %1147) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1149 = "stablehlo.multiply"(%1144, %1148) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1150 = "stablehlo.multiply"(%1149, %540) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1151 = "stablehlo.reshape"(%1150) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1152 = "stablehlo.broadcast_in_dim"(%1151) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1153 = "stablehlo.multiply"(%1152, %534) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1154 = "stablehlo.multiply"(%1152, %534) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1155 = "stablehlo.add"(%1142, %1153) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1156 = "stablehlo.add"(%1155, %1154) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1157 = "stablehlo.dot_general"(%1156, %arg66) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x512xf32>) -> tensor<32x3x512xf32>
    %1158 = "stablehlo.dot_general"(%1156, %532) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x512xf32>) -> tensor<128x512xf32>
    %1159 = "stablehlo.compare"(%529, %531) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %1160 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %1161 = "stablehlo.select"(%1159, %1157, %1160) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %1162 = "stablehlo.dot_general"(%1161, %arg67) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x512xf32>, tensor<512x128xf32>) -> tensor<32x3x128xf32>
    %1163 = "stablehlo.dot_general"(%1161, %526) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x512xf32>, tensor<32x3x128xf32>) -> tensor<512x128xf32>
    %1164 = "stablehlo.multiply"(%1162, %525) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1165 = "stablehlo.multiply"(%1162, %524) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1166_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1166 = "stablehlo.reduce"(%1165, %n1166_init) ({
    ^bb0(%n1166_a: tensor<f32>, %n1166_b: tensor<f32>):
      %n1166_r = "stablehlo.add"(%n1166_a, %n1166_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1166_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1167 = "stablehlo.multiply"(%1164, %523) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1168 = "stablehlo.multiply"(%1164, %511) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1169 = "stablehlo.add"(%1156, %1167) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1170_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1170 = "stablehlo.reduce"(%1168, %n1170_init) ({
    ^bb0(%n1170_a: tensor<f32>, %n1170_b: tensor<f32>):
      %n1170_r = "stablehlo.add"(%n1170_a, %n1170_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1170_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1171 = "stablehlo.reshape"(%1170) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1172 = "stablehlo.divide"(%522, %521) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1173 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1174 = "stablehlo.broadcast_in_dim"(%1173) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1175 = "stablehlo.multiply"(%1172, %1174) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1176 = "stablehlo.multiply"(%1171, %1175) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1177 = "stablehlo.multiply"(%1176, %517) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1178 = "stablehlo.reshape"(%1177) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1179 = "stablehlo.broadcast_in_dim"(%1178) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1180 = "stablehlo.multiply"(%1179, %511) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1181 = "stablehlo.multiply"(%1179, %511) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1182 = "stablehlo.add"(%1169, %1180) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1183 = "stablehlo.add"(%1182, %1181) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1184 = "stablehlo.dot_general"(%1183, %arg64) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1185 = "stablehlo.dot_general"(%1183, %509) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1186 = "stablehlo.reshape"(%1184) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1187 = "stablehlo.transpose"(%1186) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1188 = "stablehlo.dot_general"(%1187, %494) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1189 = "stablehlo.dot_general"(%1187, %506) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1190 = "stablehlo.transpose"(%1189) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1191 = "stablehlo.divide"(%1188, %505) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1192 = "stablehlo.multiply"(%1191, %506) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1193 = "stablehlo.negate"(%1192) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1194_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1194 = "stablehlo.reduce"(%1193, %n1194_init) ({
    ^bb0(%n1194_a: tensor<f32>, %n1194_b: tensor<f32>):
      %n1194_r = "stablehlo.add"(%n1194_a, %n1194_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1194_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1195 = "stablehlo.reshape"(%1194) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1196 = "stablehlo.reshape"(%1195) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1197 = "stablehlo.broadcast_in_dim"(%1196) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1198 = "stablehlo.add"(%1191, %1197) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1199 = "stablehlo.multiply"(%1198, %502) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1200 = "stablehlo.negate"(%1199) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1201_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1201 = "stablehlo.reduce"(%1200, %n1201_init) ({
    ^bb0(%n1201_a: tensor<f32>, %n1201_b: tensor<f32>):
      %n1201_r = "stablehlo.add"(%n1201_a, %n1201_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1201_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1202 = "stablehlo.reshape"(%1201) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1203 = "stablehlo.reshape"(%1202) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1204 = "stablehlo.broadcast_in_dim"(%498) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1205 = "stablehlo.compare"(%497, %1204) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1206 = "stablehlo.convert"(%1205) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1207_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1207 = "stablehlo.reduce"(%1206, %n1207_init) ({
    ^bb0(%n1207_a: tensor<f32>, %n1207_b: tensor<f32>):
      %n1207_r = "stablehlo.add"(%n1207_a, %n1207_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1207_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1208 = "stablehlo.divide"(%1203, %1207) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1209 = "stablehlo.broadcast_in_dim"(%1208) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1210 = "stablehlo.multiply"(%1209, %1206) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1211 = "stablehlo.add"(%1199, %1210) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1212 = "stablehlo.dot_general"(%1211, %492) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1213 = "stablehlo.transpose"(%1212) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1214 = "stablehlo.dot_general"(%1211, %490) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1215 = "stablehlo.transpose"(%1214) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1216 = "stablehlo.reshape"(%1190) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1217 = "stablehlo.dot_general"(%1216, %arg63) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1218 = "stablehlo.dot_general"(%1216, %302) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1219 = "stablehlo.add"(%1067, %1217) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1220 = "stablehlo.reshape"(%1215) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1221 = "stablehlo.dot_general"(%1220, %arg62) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1222 = "stablehlo.dot_general"(%1220, %302) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1223 = "stablehlo.add"(%1219, %1221) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1224 = "stablehlo.reshape"(%1213) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1225 = "stablehlo.dot_general"(%1224, %arg61) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1226 = "stablehlo.dot_general"(%1224, %484) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1227 = "stablehlo.multiply"(%1225, %483) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1228 = "stablehlo.multiply"(%1225, %482) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1229_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1229 = "stablehlo.reduce"(%1228, %n1229_init) ({
    ^bb0(%n1229_a: tensor<f32>, %n1229_b: tensor<f32>):
      %n1229_r = "stablehlo.add"(%n1229_a, %n1229_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1229_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1230 = "stablehlo.multiply"(%1227, %481) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1231 = "stablehlo.multiply"(%1227, %469) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1232 = "stablehlo.add"(%1183, %1230) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1233_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1233 = "stablehlo.reduce"(%1231, %n1233_init) ({
    ^bb0(%n1233_a: tensor<f32>, %n1233_b: tensor<f32>):
      %n1233_r = "stablehlo.add"(%n1233_a, %n1233_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1233_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1234 = "stablehlo.reshape"(%1233) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1235 = "stablehlo.divide"(%480, %479) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1236 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1237 = "stablehlo.broadcast_in_dim"(%1236) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1238 = "stablehlo.multiply"(%1235, %1237) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1239 = "stablehlo.multiply"(%1234, %1238) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1240 = "stablehlo.multiply"(%1239, %475) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1241 = "stablehlo.reshape"(%1240) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1242 = "stablehlo.broadcast_in_dim"(%1241) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1243 = "stablehlo.multiply"(%1242, %469) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1244 = "stablehlo.multiply"(%1242, %469) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1245 = "stablehlo.add"(%1232, %1243) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1246 = "stablehlo.add"(%1245, %1244) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1247 = "stablehlo.dot_general"(%1246, %arg59) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1248 = "stablehlo.dot_general"(%1246, %467) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1249 = "stablehlo.reshape"(%1247) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1250 = "stablehlo.transpose"(%1249) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1251 = "stablehlo.dot_general"(%1250, %452) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1252 = "stablehlo.dot_general"(%1250, %464) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1253 = "stablehlo.transpose"(%1252) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1254 = "stablehlo.divide"(%1251, %463) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1255 = "stablehlo.multiply"(%1254, %464) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1256 = "stablehlo.negate"(%1255) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1257_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1257 = "stablehlo.reduce"(%1256, %n1257_init) ({
    ^bb0(%n1257_a: tensor<f32>, %n1257_b: tensor<f32>):
      %n1257_r = "stablehlo.add"(%n1257_a, %n1257_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1257_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1258 = "stablehlo.reshape"(%1257) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1259 = "stablehlo.reshape"(%1258) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1260 = "stablehlo.broadcast_in_dim"(%1259) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1261 = "stablehlo.add"(%1254, %1260) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1262 = "stablehlo.multiply"(%1261, %460) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1263 = "stablehlo.negate"(%1262) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1264_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1264 = "stablehlo.reduce"(%1263, %n1264_init) ({
    ^bb0(%n1264_a: tensor<f32>, %n1264_b: tensor<f32>):
      %n1264_r = "stablehlo.add"(%n1264_a, %n1264_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1264_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1265 = "stablehlo.reshape"(%1264) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1266 = "stablehlo.reshape"(%1265) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1267 = "stablehlo.broadcast_in_dim"(%456) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1268 = "stablehlo.compare"(%455, %1267) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1269 = "stablehlo.convert"(%1268) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1270_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1270 = "stablehlo.reduce"(%1269, %n1270_init) ({
    ^bb0(%n1270_a: tensor<f32>, %n1270_b: tensor<f32>):
      %n1270_r = "stablehlo.add"(%n1270_a, %n1270_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1270_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1271 = "stablehlo.divide"(%1266, %1270) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1272 = "stablehlo.broadcast_in_dim"(%1271) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1273 = "stablehlo.multiply"(%1272, %1269) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1274 = "stablehlo.add"(%1262, %1273) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1275_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1275 = "stablehlo.reduce"(%1274, %n1275_init) ({
    ^bb0(%n1275_a: tensor<f32>, %n1275_b: tensor<f32>):
      %n1275_r = "stablehlo.add"(%n1275_a, %n1275_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1275_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1276 = "stablehlo.reshape"(%1275) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1277 = "stablehlo.add"(%1121, %1276) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1278 = "stablehlo.dot_general"(%1274, %450) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1279 = "stablehlo.transpose"(%1278) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1280 = "stablehlo.dot_general"(%1274, %448) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1281 = "stablehlo.transpose"(%1280) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1282 = "stablehlo.reshape"(%1253) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1283 = "stablehlo.dot_general"(%1282, %arg58) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1284 = "stablehlo.dot_general"(%1282, %442) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1285 = "stablehlo.reshape"(%1281) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1286 = "stablehlo.dot_general"(%1285, %arg57) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1287 = "stablehlo.dot_general"(%1285, %442) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1288 = "stablehlo.add"(%1283, %1286) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1289 = "stablehlo.reshape"(%1279) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1290 = "stablehlo.dot_general"(%1289, %arg56) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1291 = "stablehlo.dot_general"(%1289, %442) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1292 = "stablehlo.add"(%1288, %1290) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1293 = "stablehlo.multiply"(%1292, %441) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1294 = "stablehlo.multiply"(%1292, %440) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1295_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1295 = "stablehlo.reduce"(%1294, %n1295_init) ({
    ^bb0(%n1295_a: tensor<f32>, %n1295_b: tensor<f32>):
      %n1295_r = "stablehlo.add"(%n1295_a, %n1295_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1295_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1296 = "stablehlo.multiply"(%1293, %439) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1297 = "stablehlo.multiply"(%1293, %427) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1298 = "stablehlo.add"(%1246, %1296) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1299_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1299 = "stablehlo.reduce"(%1297, %n1299_init) ({
    ^bb0(%n1299_a: tensor<f32>, %n1299_b: tensor<f32>):
      %n1299_r = "stablehlo.add"(%n1299_a, %n1299_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1299_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1300 = "stablehlo.reshape"(%1299) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1301 = "stablehlo.divide"(%438, %437) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1302 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1303 = "stablehlo.broadcast_in_dim"(%1302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1304 = "stablehlo.multiply"(%1301, %1303) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1305 = "stablehlo.multiply"(%1300, %1304) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1306 = "stablehlo.multiply"(%1305, %433) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1307 = "stablehlo.reshape"(%1306) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1308 = "stablehlo.broadcast_in_dim"(%1307) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1309 = "stablehlo.multiply"(%1308, %427) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1310 = "stablehlo.multiply"(%1308, %427) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1311 = "stablehlo.add"(%1298, %1309) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1312 = "stablehlo.add"(%1311, %1310) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1313 = "stablehlo.dot_general"(%1312, %arg53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x512xf32>) -> tensor<32x3x512xf32>
    %1314 = "stablehlo.dot_general"(%1312, %425) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x512xf32>) -> tensor<128x512xf32>
    %1315 = "stablehlo.compare"(%422, %424) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %1316 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %1317 = "stablehlo.select"(%1315, %1313, %1316) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %1318 = "stablehlo.dot_general"(%1317, %arg54) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x512xf32>, tensor<512x128xf32>) -> tensor<32x3x128xf32>
    %1319 = "stablehlo.dot_general"(%1317, %419) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x512xf32>, tensor<32x3x128xf32>) -> tensor<512x128xf32>
    %1320 = "stablehlo.multiply"(%1318, %418) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1321 = "stablehlo.multiply"(%1318, %417) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1322_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1322 = "stablehlo.reduce"(%1321, %n1322_init) ({
    ^bb0(%n1322_a: tensor<f32>, %n1322_b: tensor<f32>):
      %n1322_r = "stablehlo.add"(%n1322_a, %n1322_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1322_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1323 = "stablehlo.multiply"(%1320, %416) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1324 = "stablehlo.multiply"(%1320, %404) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1325 = "stablehlo.add"(%1312, %1323) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1326_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1326 = "stablehlo.reduce"(%1324, %n1326_init) ({
    ^bb0(%n1326_a: tensor<f32>, %n1326_b: tensor<f32>):
      %n1326_r = "stablehlo.add"(%n1326_a, %n1326_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1326_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1327 = "stablehlo.reshape"(%1326) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1328 = "stablehlo.divide"(%415, %414) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1329 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1330 = "stablehlo.broadcast_in_dim"(%1329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1331 = "stablehlo.multiply"(%1328, %1330) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1332 = "stablehlo.multiply"(%1327, %1331) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1333 = "stablehlo.multiply"(%1332, %410) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1334 = "stablehlo.reshape"(%1333) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1335 = "stablehlo.broadcast_in_dim"(%1334) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1336 = "stablehlo.multiply"(%1335, %404) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1337 = "stablehlo.multiply"(%1335, %404) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1338 = "stablehlo.add"(%1325, %1336) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1339 = "stablehlo.add"(%1338, %1337) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1340 = "stablehlo.dot_general"(%1339, %arg51) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1341 = "stablehlo.dot_general"(%1339, %402) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1342 = "stablehlo.reshape"(%1340) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1343 = "stablehlo.transpose"(%1342) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1344 = "stablehlo.dot_general"(%1343, %387) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1345 = "stablehlo.dot_general"(%1343, %399) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1346 = "stablehlo.transpose"(%1345) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1347 = "stablehlo.divide"(%1344, %398) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1348 = "stablehlo.multiply"(%1347, %399) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1349 = "stablehlo.negate"(%1348) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1350_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1350 = "stablehlo.reduce"(%1349, %n1350_init) ({
    ^bb0(%n1350_a: tensor<f32>, %n1350_b: tensor<f32>):
      %n1350_r = "stablehlo.add"(%n1350_a, %n1350_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1350_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1351 = "stablehlo.reshape"(%1350) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1352 = "stablehlo.reshape"(%1351) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1353 = "stablehlo.broadcast_in_dim"(%1352) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1354 = "stablehlo.add"(%1347, %1353) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1355 = "stablehlo.multiply"(%1354, %395) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1356 = "stablehlo.negate"(%1355) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1357_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1357 = "stablehlo.reduce"(%1356, %n1357_init) ({
    ^bb0(%n1357_a: tensor<f32>, %n1357_b: tensor<f32>):
      %n1357_r = "stablehlo.add"(%n1357_a, %n1357_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1357_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1358 = "stablehlo.reshape"(%1357) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1359 = "stablehlo.reshape"(%1358) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1360 = "stablehlo.broadcast_in_dim"(%391) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1361 = "stablehlo.compare"(%390, %1360) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1362 = "stablehlo.convert"(%1361) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1363_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1363 = "stablehlo.reduce"(%1362, %n1363_init) ({
    ^bb0(%n1363_a: tensor<f32>, %n1363_b: tensor<f32>):
      %n1363_r = "stablehlo.add"(%n1363_a, %n1363_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1363_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1364 = "stablehlo.divide"(%1359, %1363) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1365 = "stablehlo.broadcast_in_dim"(%1364) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1366 = "stablehlo.multiply"(%1365, %1362) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1367 = "stablehlo.add"(%1355, %1366) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1368 = "stablehlo.dot_general"(%1367, %385) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1369 = "stablehlo.transpose"(%1368) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1370 = "stablehlo.dot_general"(%1367, %383) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1371 = "stablehlo.transpose"(%1370) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1372 = "stablehlo.reshape"(%1346) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1373 = "stablehlo.dot_general"(%1372, %arg50) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1374 = "stablehlo.dot_general"(%1372, %302) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1375 = "stablehlo.add"(%1223, %1373) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1376 = "stablehlo.reshape"(%1371) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1377 = "stablehlo.dot_general"(%1376, %arg49) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1378 = "stablehlo.dot_general"(%1376, %302) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1379 = "stablehlo.add"(%1375, %1377) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1380 = "stablehlo.reshape"(%1369) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1381 = "stablehlo.dot_general"(%1380, %arg48) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1382 = "stablehlo.dot_general"(%1380, %377) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1383 = "stablehlo.multiply"(%1381, %376) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1384 = "stablehlo.multiply"(%1381, %375) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1385_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1385 = "stablehlo.reduce"(%1384, %n1385_init) ({
    ^bb0(%n1385_a: tensor<f32>, %n1385_b: tensor<f32>):
      %n1385_r = "stablehlo.add"(%n1385_a, %n1385_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1385_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1386 = "stablehlo.multiply"(%1383, %374) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1387 = "stablehlo.multiply"(%1383, %362) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1388 = "stablehlo.add"(%1339, %1386) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1389_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1389 = "stablehlo.reduce"(%1387, %n1389_init) ({
    ^bb0(%n1389_a: tensor<f32>, %n1389_b: tensor<f32>):
      %n1389_r = "stablehlo.add"(%n1389_a, %n1389_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1389_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1390 = "stablehlo.reshape"(%1389) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1391 = "stablehlo.divide"(%373, %372) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1392 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1393 = "stablehlo.broadcast_in_dim"(%1392) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1394 = "stablehlo.multiply"(%1391, %1393) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1395 = "stablehlo.multiply"(%1390, %1394) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1396 = "stablehlo.multiply"(%1395, %368) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1397 = "stablehlo.reshape"(%1396) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1398 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1399 = "stablehlo.multiply"(%1398, %362) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1400 = "stablehlo.multiply"(%1398, %362) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1401 = "stablehlo.add"(%1388, %1399) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1402 = "stablehlo.add"(%1401, %1400) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1403 = "stablehlo.dot_general"(%1402, %arg46) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1404 = "stablehlo.dot_general"(%1402, %360) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1405 = "stablehlo.reshape"(%1403) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1406 = "stablehlo.transpose"(%1405) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1407 = "stablehlo.dot_general"(%1406, %345) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1408 = "stablehlo.dot_general"(%1406, %357) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1409 = "stablehlo.transpose"(%1408) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1410 = "stablehlo.divide"(%1407, %356) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1411 = "stablehlo.multiply"(%1410, %357) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1412 = "stablehlo.negate"(%1411) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1413_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1413 = "stablehlo.reduce"(%1412, %n1413_init) ({
    ^bb0(%n1413_a: tensor<f32>, %n1413_b: tensor<f32>):
      %n1413_r = "stablehlo.add"(%n1413_a, %n1413_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1413_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1414 = "stablehlo.reshape"(%1413) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1415 = "stablehlo.reshape"(%1414) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1416 = "stablehlo.broadcast_in_dim"(%1415) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1417 = "stablehlo.add"(%1410, %1416) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1418 = "stablehlo.multiply"(%1417, %353) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1419 = "stablehlo.negate"(%1418) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1420_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1420 = "stablehlo.reduce"(%1419, %n1420_init) ({
    ^bb0(%n1420_a: tensor<f32>, %n1420_b: tensor<f32>):
      %n1420_r = "stablehlo.add"(%n1420_a, %n1420_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1420_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1421 = "stablehlo.reshape"(%1420) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1422 = "stablehlo.reshape"(%1421) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1423 = "stablehlo.broadcast_in_dim"(%349) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1424 = "stablehlo.compare"(%348, %1423) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1425 = "stablehlo.convert"(%1424) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1426_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1426 = "stablehlo.reduce"(%1425, %n1426_init) ({
    ^bb0(%n1426_a: tensor<f32>, %n1426_b: tensor<f32>):
      %n1426_r = "stablehlo.add"(%n1426_a, %n1426_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1426_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1427 = "stablehlo.divide"(%1422, %1426) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1428 = "stablehlo.broadcast_in_dim"(%1427) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1429 = "stablehlo.multiply"(%1428, %1425) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1430 = "stablehlo.add"(%1418, %1429) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1431_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1431 = "stablehlo.reduce"(%1430, %n1431_init) ({
    ^bb0(%n1431_a: tensor<f32>, %n1431_b: tensor<f32>):
      %n1431_r = "stablehlo.add"(%n1431_a, %n1431_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1431_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1432 = "stablehlo.reshape"(%1431) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1433 = "stablehlo.add"(%1277, %1432) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1434 = "stablehlo.dot_general"(%1430, %343) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1435 = "stablehlo.transpose"(%1434) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1436 = "stablehlo.dot_general"(%1430, %341) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1437 = "stablehlo.transpose"(%1436) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1438 = "stablehlo.reshape"(%1409) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1439 = "stablehlo.dot_general"(%1438, %arg45) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1440 = "stablehlo.dot_general"(%1438, %335) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1441 = "stablehlo.reshape"(%1437) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1442 = "stablehlo.dot_general"(%1441, %arg44) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1443 = "stablehlo.dot_general"(%1441, %335) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1444 = "stablehlo.add"(%1439, %1442) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1445 = "stablehlo.reshape"(%1435) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1446 = "stablehlo.dot_general"(%1445, %arg43) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x3x128xf32>, tensor<128x128xf32>) -> tensor<32x3x128xf32>
    %1447 = "stablehlo.dot_general"(%1445, %335) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<128x128xf32>
    %1448 = "stablehlo.add"(%1444, %1446) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1449 = "stablehlo.multiply"(%1448, %334) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1450 = "stablehlo.multiply"(%1448, %333) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1451_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1451 = "stablehlo.reduce"(%1450, %n1451_init) ({
    ^bb0(%n1451_a: tensor<f32>, %n1451_b: tensor<f32>):
      %n1451_r = "stablehlo.add"(%n1451_a, %n1451_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1451_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1452 = "stablehlo.multiply"(%1449, %332) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1453 = "stablehlo.multiply"(%1449, %303) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1454 = "stablehlo.add"(%1402, %1452) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1455_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1455 = "stablehlo.reduce"(%1453, %n1455_init) ({
    ^bb0(%n1455_a: tensor<f32>, %n1455_b: tensor<f32>):
      %n1455_r = "stablehlo.add"(%n1455_a, %n1455_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1455_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1456 = "stablehlo.reshape"(%1455) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1457 = "stablehlo.divide"(%331, %330) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1458 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1459 = "stablehlo.broadcast_in_dim"(%1458) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1460 = "stablehlo.multiply"(%1457, %1459) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1461 = "stablehlo.multiply"(%1456, %1460) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1462 = "stablehlo.multiply"(%1461, %326) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1463 = "stablehlo.reshape"(%1462) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1464 = "stablehlo.broadcast_in_dim"(%1463) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1465 = "stablehlo.multiply"(%1464, %303) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1466 = "stablehlo.multiply"(%1464, %303) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1467 = "stablehlo.add"(%1454, %1465) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1468 = "stablehlo.add"(%1467, %1466) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1469 = "stablehlo.reshape"(%1433) : (tensor<1x4x3x3xf32>) -> tensor<4x3x3xf32>
    %1470 = "stablehlo.transpose"(%1469) {permutation = array<i64: 1, 2, 0>} : (tensor<4x3x3xf32>) -> tensor<3x3x4xf32>
    %1471 = stablehlo.constant dense<0x00000000> : tensor<32x4xf32>
    %1472 = "stablehlo.scatter"(%1471, %305, %1470) ({
    ^bb0(%n1472_a: tensor<f32>, %n1472_b: tensor<f32>):
      %n1472_r = "stablehlo.add"(%n1472_a, %n1472_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1472_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32x4xf32>, tensor<3x3xi32>, tensor<3x3x4xf32>) -> tensor<32x4xf32>
    %1473 = stablehlo.constant dense<0x00000000> : tensor<32128x128xf32>
    %1474 = "stablehlo.scatter"(%1473, %arg2, %1468) ({
    ^bb0(%n1474_a: tensor<f32>, %n1474_b: tensor<f32>):
      %n1474_r = "stablehlo.add"(%n1474_a, %n1474_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1474_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32128x128xf32>, tensor<32x3xi32>, tensor<32x3x128xf32>) -> tensor<32128x128xf32>
    %1475 = "stablehlo.add"(%826, %1474) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %1476 = "stablehlo.multiply"(%1379, %301) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1477 = "stablehlo.multiply"(%1379, %300) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1478_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1478 = "stablehlo.reduce"(%1477, %n1478_init) ({
    ^bb0(%n1478_a: tensor<f32>, %n1478_b: tensor<f32>):
      %n1478_r = "stablehlo.add"(%n1478_a, %n1478_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1478_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1479 = "stablehlo.multiply"(%1476, %299) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1480 = "stablehlo.multiply"(%1476, %287) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1481_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1481 = "stablehlo.reduce"(%1480, %n1481_init) ({
    ^bb0(%n1481_a: tensor<f32>, %n1481_b: tensor<f32>):
      %n1481_r = "stablehlo.add"(%n1481_a, %n1481_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1481_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1482 = "stablehlo.reshape"(%1481) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1483 = "stablehlo.divide"(%298, %297) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1484 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1485 = "stablehlo.broadcast_in_dim"(%1484) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1486 = "stablehlo.multiply"(%1483, %1485) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1487 = "stablehlo.multiply"(%1482, %1486) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1488 = "stablehlo.multiply"(%1487, %293) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1489 = "stablehlo.reshape"(%1488) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1490 = "stablehlo.broadcast_in_dim"(%1489) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1491 = "stablehlo.multiply"(%1490, %287) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1492 = "stablehlo.multiply"(%1490, %287) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1493 = "stablehlo.add"(%1479, %1491) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1494 = "stablehlo.add"(%1493, %1492) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1495 = "stablehlo.dot_general"(%1494, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x512xf32>) -> tensor<32x48x512xf32>
    %1496 = "stablehlo.dot_general"(%1494, %285) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x512xf32>) -> tensor<128x512xf32>
    %1497 = "stablehlo.compare"(%282, %284) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %1498 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %1499 = "stablehlo.select"(%1497, %1495, %1498) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %1500 = "stablehlo.dot_general"(%1499, %arg39) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x512xf32>, tensor<512x128xf32>) -> tensor<32x48x128xf32>
    %1501 = "stablehlo.dot_general"(%1499, %279) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x512xf32>, tensor<32x48x128xf32>) -> tensor<512x128xf32>
    %1502 = "stablehlo.multiply"(%1500, %278) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1503 = "stablehlo.multiply"(%1500, %277) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1504_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1504 = "stablehlo.reduce"(%1503, %n1504_init) ({
    ^bb0(%n1504_a: tensor<f32>, %n1504_b: tensor<f32>):
      %n1504_r = "stablehlo.add"(%n1504_a, %n1504_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1504_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1505 = "stablehlo.multiply"(%1502, %276) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1506 = "stablehlo.multiply"(%1502, %264) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1507 = "stablehlo.add"(%1494, %1505) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1508_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1508 = "stablehlo.reduce"(%1506, %n1508_init) ({
    ^bb0(%n1508_a: tensor<f32>, %n1508_b: tensor<f32>):
      %n1508_r = "stablehlo.add"(%n1508_a, %n1508_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1508_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1509 = "stablehlo.reshape"(%1508) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1510 = "stablehlo.divide"(%275, %274) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1511 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1512 = "stablehlo.broadcast_in_dim"(%1511) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1513 = "stablehlo.multiply"(%1510, %1512) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1514 = "stablehlo.multiply"(%1509, %1513) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1515 = "stablehlo.multiply"(%1514, %270) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1516 = "stablehlo.reshape"(%1515) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1517 = "stablehlo.broadcast_in_dim"(%1516) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1518 = "stablehlo.multiply"(%1517, %264) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1519 = "stablehlo.multiply"(%1517, %264) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1520 = "stablehlo.add"(%1507, %1518) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1521 = "stablehlo.add"(%1520, %1519) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1522 = "stablehlo.dot_general"(%1521, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1523 = "stablehlo.dot_general"(%1521, %262) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1524 = "stablehlo.reshape"(%1522) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %1525 = "stablehlo.transpose"(%1524) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1526 = "stablehlo.dot_general"(%1525, %248) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %1527 = "stablehlo.dot_general"(%1525, %259) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %1528 = "stablehlo.transpose"(%1527) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1529 = "stablehlo.divide"(%1526, %258) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1530 = "stablehlo.multiply"(%1529, %259) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1531 = "stablehlo.negate"(%1530) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1532_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1532 = "stablehlo.reduce"(%1531, %n1532_init) ({
    ^bb0(%n1532_a: tensor<f32>, %n1532_b: tensor<f32>):
      %n1532_r = "stablehlo.add"(%n1532_a, %n1532_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1532_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1533 = "stablehlo.reshape"(%1532) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1534 = "stablehlo.reshape"(%1533) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1535 = "stablehlo.broadcast_in_dim"(%1534) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1536 = "stablehlo.add"(%1529, %1535) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1537 = "stablehlo.multiply"(%1536, %255) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1538 = "stablehlo.negate"(%1537) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1539_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1539 = "stablehlo.reduce"(%1538, %n1539_init) ({
    ^bb0(%n1539_a: tensor<f32>, %n1539_b: tensor<f32>):
      %n1539_r = "stablehlo.add"(%n1539_a, %n1539_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1539_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1540 = "stablehlo.reshape"(%1539) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1541 = "stablehlo.reshape"(%1540) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1542 = "stablehlo.broadcast_in_dim"(%251) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1543 = "stablehlo.compare"(%250, %1542) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %1544 = "stablehlo.convert"(%1543) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n1545_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1545 = "stablehlo.reduce"(%1544, %n1545_init) ({
    ^bb0(%n1545_a: tensor<f32>, %n1545_b: tensor<f32>):
      %n1545_r = "stablehlo.add"(%n1545_a, %n1545_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1545_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1546 = "stablehlo.divide"(%1541, %1545) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %1547 = "stablehlo.broadcast_in_dim"(%1546) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1548 = "stablehlo.multiply"(%1547, %1544) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1549 = "stablehlo.add"(%1537, %1548) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1550 = "stablehlo.dot_general"(%1549, %246) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1551 = "stablehlo.transpose"(%1550) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1552 = "stablehlo.dot_general"(%1549, %244) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1553 = "stablehlo.transpose"(%1552) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1554 = "stablehlo.reshape"(%1528) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1555 = "stablehlo.dot_general"(%1554, %arg35) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1556 = "stablehlo.dot_general"(%1554, %238) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1557 = "stablehlo.reshape"(%1553) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1558 = "stablehlo.dot_general"(%1557, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1559 = "stablehlo.dot_general"(%1557, %238) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1560 = "stablehlo.add"(%1555, %1558) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1561 = "stablehlo.reshape"(%1551) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1562 = "stablehlo.dot_general"(%1561, %arg33) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1563 = "stablehlo.dot_general"(%1561, %238) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1564 = "stablehlo.add"(%1560, %1562) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1565 = "stablehlo.multiply"(%1564, %237) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1566 = "stablehlo.multiply"(%1564, %236) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1567_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1567 = "stablehlo.reduce"(%1566, %n1567_init) ({
    ^bb0(%n1567_a: tensor<f32>, %n1567_b: tensor<f32>):
      %n1567_r = "stablehlo.add"(%n1567_a, %n1567_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1567_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1568 = "stablehlo.multiply"(%1565, %235) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1569 = "stablehlo.multiply"(%1565, %223) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1570 = "stablehlo.add"(%1521, %1568) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1571_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1571 = "stablehlo.reduce"(%1569, %n1571_init) ({
    ^bb0(%n1571_a: tensor<f32>, %n1571_b: tensor<f32>):
      %n1571_r = "stablehlo.add"(%n1571_a, %n1571_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1571_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1572 = "stablehlo.reshape"(%1571) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1573 = "stablehlo.divide"(%234, %233) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1574 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1575 = "stablehlo.broadcast_in_dim"(%1574) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1576 = "stablehlo.multiply"(%1573, %1575) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1577 = "stablehlo.multiply"(%1572, %1576) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1578 = "stablehlo.multiply"(%1577, %229) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1579 = "stablehlo.reshape"(%1578) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1580 = "stablehlo.broadcast_in_dim"(%1579) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1581 = "stablehlo.multiply"(%1580, %223) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1582 = "stablehlo.multiply"(%1580, %223) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1583 = "stablehlo.add"(%1570, %1581) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1584 = "stablehlo.add"(%1583, %1582) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1585 = "stablehlo.dot_general"(%1584, %arg30) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x512xf32>) -> tensor<32x48x512xf32>
    %1586 = "stablehlo.dot_general"(%1584, %221) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x512xf32>) -> tensor<128x512xf32>
    %1587 = "stablehlo.compare"(%218, %220) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %1588 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %1589 = "stablehlo.select"(%1587, %1585, %1588) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %1590 = "stablehlo.dot_general"(%1589, %arg31) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x512xf32>, tensor<512x128xf32>) -> tensor<32x48x128xf32>
    %1591 = "stablehlo.dot_general"(%1589, %215) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x512xf32>, tensor<32x48x128xf32>) -> tensor<512x128xf32>
    %1592 = "stablehlo.multiply"(%1590, %214) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1593 = "stablehlo.multiply"(%1590, %213) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1594_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1594 = "stablehlo.reduce"(%1593, %n1594_init) ({
    ^bb0(%n1594_a: tensor<f32>, %n1594_b: tensor<f32>):
      %n1594_r = "stablehlo.add"(%n1594_a, %n1594_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1594_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1595 = "stablehlo.multiply"(%1592, %212) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1596 = "stablehlo.multiply"(%1592, %200) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1597 = "stablehlo.add"(%1584, %1595) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1598_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1598 = "stablehlo.reduce"(%1596, %n1598_init) ({
    ^bb0(%n1598_a: tensor<f32>, %n1598_b: tensor<f32>):
      %n1598_r = "stablehlo.add"(%n1598_a, %n1598_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1598_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1599 = "stablehlo.reshape"(%1598) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1600 = "stablehlo.divide"(%211, %210) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1601 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1602 = "stablehlo.broadcast_in_dim"(%1601) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1603 = "stablehlo.multiply"(%1600, %1602) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1604 = "stablehlo.multiply"(%1599, %1603) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1605 = "stablehlo.multiply"(%1604, %206) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1606 = "stablehlo.reshape"(%1605) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1607 = "stablehlo.broadcast_in_dim"(%1606) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1608 = "stablehlo.multiply"(%1607, %200) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1609 = "stablehlo.multiply"(%1607, %200) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1610 = "stablehlo.add"(%1597, %1608) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1611 = "stablehlo.add"(%1610, %1609) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1612 = "stablehlo.dot_general"(%1611, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1613 = "stablehlo.dot_general"(%1611, %198) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1614 = "stablehlo.reshape"(%1612) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %1615 = "stablehlo.transpose"(%1614) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1616 = "stablehlo.dot_general"(%1615, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %1617 = "stablehlo.dot_general"(%1615, %195) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %1618 = "stablehlo.transpose"(%1617) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1619 = "stablehlo.divide"(%1616, %194) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1620 = "stablehlo.multiply"(%1619, %195) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1621 = "stablehlo.negate"(%1620) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1622_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1622 = "stablehlo.reduce"(%1621, %n1622_init) ({
    ^bb0(%n1622_a: tensor<f32>, %n1622_b: tensor<f32>):
      %n1622_r = "stablehlo.add"(%n1622_a, %n1622_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1622_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1623 = "stablehlo.reshape"(%1622) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1624 = "stablehlo.reshape"(%1623) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1625 = "stablehlo.broadcast_in_dim"(%1624) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1626 = "stablehlo.add"(%1619, %1625) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1627 = "stablehlo.multiply"(%1626, %191) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1628 = "stablehlo.negate"(%1627) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1629_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1629 = "stablehlo.reduce"(%1628, %n1629_init) ({
    ^bb0(%n1629_a: tensor<f32>, %n1629_b: tensor<f32>):
      %n1629_r = "stablehlo.add"(%n1629_a, %n1629_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1629_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1630 = "stablehlo.reshape"(%1629) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1631 = "stablehlo.reshape"(%1630) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1632 = "stablehlo.broadcast_in_dim"(%187) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1633 = "stablehlo.compare"(%186, %1632) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %1634 = "stablehlo.convert"(%1633) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n1635_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1635 = "stablehlo.reduce"(%1634, %n1635_init) ({
    ^bb0(%n1635_a: tensor<f32>, %n1635_b: tensor<f32>):
      %n1635_r = "stablehlo.add"(%n1635_a, %n1635_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1635_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1636 = "stablehlo.divide"(%1631, %1635) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %1637 = "stablehlo.broadcast_in_dim"(%1636) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1638 = "stablehlo.multiply"(%1637, %1634) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1639 = "stablehlo.add"(%1627, %1638) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1640 = "stablehlo.add"(%1549, %1639) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1641 = "stablehlo.dot_general"(%1639, %182) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1642 = "stablehlo.transpose"(%1641) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1643 = "stablehlo.dot_general"(%1639, %180) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1644 = "stablehlo.transpose"(%1643) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1645 = "stablehlo.reshape"(%1618) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1646 = "stablehlo.dot_general"(%1645, %arg27) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1647 = "stablehlo.dot_general"(%1645, %174) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1648 = "stablehlo.reshape"(%1644) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1649 = "stablehlo.dot_general"(%1648, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1650 = "stablehlo.dot_general"(%1648, %174) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1651 = "stablehlo.add"(%1646, %1649) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1652 = "stablehlo.reshape"(%1642) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1653 = "stablehlo.dot_general"(%1652, %arg25) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1654 = "stablehlo.dot_general"(%1652, %174) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1655 = "stablehlo.add"(%1651, %1653) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1656 = "stablehlo.multiply"(%1655, %173) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1657 = "stablehlo.multiply"(%1655, %172) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1658_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1658 = "stablehlo.reduce"(%1657, %n1658_init) ({
    ^bb0(%n1658_a: tensor<f32>, %n1658_b: tensor<f32>):
      %n1658_r = "stablehlo.add"(%n1658_a, %n1658_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1658_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1659 = "stablehlo.multiply"(%1656, %171) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1660 = "stablehlo.multiply"(%1656, %159) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1661 = "stablehlo.add"(%1611, %1659) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1662_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1662 = "stablehlo.reduce"(%1660, %n1662_init) ({
    ^bb0(%n1662_a: tensor<f32>, %n1662_b: tensor<f32>):
      %n1662_r = "stablehlo.add"(%n1662_a, %n1662_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1662_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1663 = "stablehlo.reshape"(%1662) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1664 = "stablehlo.divide"(%170, %169) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1665 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1666 = "stablehlo.broadcast_in_dim"(%1665) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1667 = "stablehlo.multiply"(%1664, %1666) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1668 = "stablehlo.multiply"(%1663, %1667) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1669 = "stablehlo.multiply"(%1668, %165) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1670 = "stablehlo.reshape"(%1669) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1671 = "stablehlo.broadcast_in_dim"(%1670) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1672 = "stablehlo.multiply"(%1671, %159) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1673 = "stablehlo.multiply"(%1671, %159) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1674 = "stablehlo.add"(%1661, %1672) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1675 = "stablehlo.add"(%1674, %1673) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1676 = "stablehlo.dot_general"(%1675, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x512xf32>) -> tensor<32x48x512xf32>
    %1677 = "stablehlo.dot_general"(%1675, %157) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x512xf32>) -> tensor<128x512xf32>
    %1678 = "stablehlo.compare"(%154, %156) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %1679 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %1680 = "stablehlo.select"(%1678, %1676, %1679) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %1681 = "stablehlo.dot_general"(%1680, %arg23) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x512xf32>, tensor<512x128xf32>) -> tensor<32x48x128xf32>
    %1682 = "stablehlo.dot_general"(%1680, %151) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x512xf32>, tensor<32x48x128xf32>) -> tensor<512x128xf32>
    %1683 = "stablehlo.multiply"(%1681, %150) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1684 = "stablehlo.multiply"(%1681, %149) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1685_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1685 = "stablehlo.reduce"(%1684, %n1685_init) ({
    ^bb0(%n1685_a: tensor<f32>, %n1685_b: tensor<f32>):
      %n1685_r = "stablehlo.add"(%n1685_a, %n1685_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1685_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1686 = "stablehlo.multiply"(%1683, %148) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1687 = "stablehlo.multiply"(%1683, %136) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1688 = "stablehlo.add"(%1675, %1686) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1689_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1689 = "stablehlo.reduce"(%1687, %n1689_init) ({
    ^bb0(%n1689_a: tensor<f32>, %n1689_b: tensor<f32>):
      %n1689_r = "stablehlo.add"(%n1689_a, %n1689_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1689_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1690 = "stablehlo.reshape"(%1689) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1691 = "stablehlo.divide"(%147, %146) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1692 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1693 = "stablehlo.broadcast_in_dim"(%1692) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1694 = "stablehlo.multiply"(%1691, %1693) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1695 = "stablehlo.multiply"(%1690, %1694) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1696 = "stablehlo.multiply"(%1695, %142) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1697 = "stablehlo.reshape"(%1696) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1698 = "stablehlo.broadcast_in_dim"(%1697) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1699 = "stablehlo.multiply"(%1698, %136) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1700 = "stablehlo.multiply"(%1698, %136) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1701 = "stablehlo.add"(%1688, %1699) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1702 = "stablehlo.add"(%1701, %1700) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1703 = "stablehlo.dot_general"(%1702, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1704 = "stablehlo.dot_general"(%1702, %134) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1705 = "stablehlo.reshape"(%1703) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %1706 = "stablehlo.transpose"(%1705) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1707 = "stablehlo.dot_general"(%1706, %120) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %1708 = "stablehlo.dot_general"(%1706, %131) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %1709 = "stablehlo.transpose"(%1708) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1710 = "stablehlo.divide"(%1707, %130) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1711 = "stablehlo.multiply"(%1710, %131) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1712 = "stablehlo.negate"(%1711) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1713_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1713 = "stablehlo.reduce"(%1712, %n1713_init) ({
    ^bb0(%n1713_a: tensor<f32>, %n1713_b: tensor<f32>):
      %n1713_r = "stablehlo.add"(%n1713_a, %n1713_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1713_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1714 = "stablehlo.reshape"(%1713) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1715 = "stablehlo.reshape"(%1714) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1716 = "stablehlo.broadcast_in_dim"(%1715) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1717 = "stablehlo.add"(%1710, %1716) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1718 = "stablehlo.multiply"(%1717, %127) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1719 = "stablehlo.negate"(%1718) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1720_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1720 = "stablehlo.reduce"(%1719, %n1720_init) ({
    ^bb0(%n1720_a: tensor<f32>, %n1720_b: tensor<f32>):
      %n1720_r = "stablehlo.add"(%n1720_a, %n1720_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1720_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1721 = "stablehlo.reshape"(%1720) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1722 = "stablehlo.reshape"(%1721) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1723 = "stablehlo.broadcast_in_dim"(%123) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1724 = "stablehlo.compare"(%122, %1723) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %1725 = "stablehlo.convert"(%1724) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n1726_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1726 = "stablehlo.reduce"(%1725, %n1726_init) ({
    ^bb0(%n1726_a: tensor<f32>, %n1726_b: tensor<f32>):
      %n1726_r = "stablehlo.add"(%n1726_a, %n1726_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1726_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1727 = "stablehlo.divide"(%1722, %1726) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %1728 = "stablehlo.broadcast_in_dim"(%1727) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1729 = "stablehlo.multiply"(%1728, %1725) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1730 = "stablehlo.add"(%1718, %1729) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1731 = "stablehlo.add"(%1640, %1730) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1732 = "stablehlo.dot_general"(%1730, %118) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1733 = "stablehlo.transpose"(%1732) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1734 = "stablehlo.dot_general"(%1730, %116) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1735 = "stablehlo.transpose"(%1734) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1736 = "stablehlo.reshape"(%1709) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1737 = "stablehlo.dot_general"(%1736, %arg19) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1738 = "stablehlo.dot_general"(%1736, %110) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1739 = "stablehlo.reshape"(%1735) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1740 = "stablehlo.dot_general"(%1739, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1741 = "stablehlo.dot_general"(%1739, %110) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1742 = "stablehlo.add"(%1737, %1740) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1743 = "stablehlo.reshape"(%1733) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1744 = "stablehlo.dot_general"(%1743, %arg17) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1745 = "stablehlo.dot_general"(%1743, %110) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1746 = "stablehlo.add"(%1742, %1744) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1747 = "stablehlo.multiply"(%1746, %109) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1748 = "stablehlo.multiply"(%1746, %108) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1749_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1749 = "stablehlo.reduce"(%1748, %n1749_init) ({
    ^bb0(%n1749_a: tensor<f32>, %n1749_b: tensor<f32>):
      %n1749_r = "stablehlo.add"(%n1749_a, %n1749_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1749_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1750 = "stablehlo.multiply"(%1747, %107) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1751 = "stablehlo.multiply"(%1747, %95) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1752 = "stablehlo.add"(%1702, %1750) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1753_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1753 = "stablehlo.reduce"(%1751, %n1753_init) ({
    ^bb0(%n1753_a: tensor<f32>, %n1753_b: tensor<f32>):
      %n1753_r = "stablehlo.add"(%n1753_a, %n1753_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1753_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1754 = "stablehlo.reshape"(%1753) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1755 = "stablehlo.divide"(%106, %105) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1756 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1757 = "stablehlo.broadcast_in_dim"(%1756) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1758 = "stablehlo.multiply"(%1755, %1757) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1759 = "stablehlo.multiply"(%1754, %1758) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1760 = "stablehlo.multiply"(%1759, %101) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1761 = "stablehlo.reshape"(%1760) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1762 = "stablehlo.broadcast_in_dim"(%1761) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1763 = "stablehlo.multiply"(%1762, %95) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1764 = "stablehlo.multiply"(%1762, %95) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1765 = "stablehlo.add"(%1752, %1763) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1766 = "stablehlo.add"(%1765, %1764) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1767 = "stablehlo.dot_general"(%1766, %arg14) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x512xf32>) -> tensor<32x48x512xf32>
    %1768 = "stablehlo.dot_general"(%1766, %93) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x512xf32>) -> tensor<128x512xf32>
    %1769 = "stablehlo.compare"(%90, %92) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %1770 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %1771 = "stablehlo.select"(%1769, %1767, %1770) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %1772 = "stablehlo.dot_general"(%1771, %arg15) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x512xf32>, tensor<512x128xf32>) -> tensor<32x48x128xf32>
    %1773 = "stablehlo.dot_general"(%1771, %87) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x512xf32>, tensor<32x48x128xf32>) -> tensor<512x128xf32>
    %1774 = "stablehlo.multiply"(%1772, %86) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1775 = "stablehlo.multiply"(%1772, %85) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1776_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1776 = "stablehlo.reduce"(%1775, %n1776_init) ({
    ^bb0(%n1776_a: tensor<f32>, %n1776_b: tensor<f32>):
      %n1776_r = "stablehlo.add"(%n1776_a, %n1776_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1776_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1777 = "stablehlo.multiply"(%1774, %84) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1778 = "stablehlo.multiply"(%1774, %72) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1779 = "stablehlo.add"(%1766, %1777) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1780_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1780 = "stablehlo.reduce"(%1778, %n1780_init) ({
    ^bb0(%n1780_a: tensor<f32>, %n1780_b: tensor<f32>):
      %n1780_r = "stablehlo.add"(%n1780_a, %n1780_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1780_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1781 = "stablehlo.reshape"(%1780) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1782 = "stablehlo.divide"(%83, %82) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1783 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1784 = "stablehlo.broadcast_in_dim"(%1783) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1785 = "stablehlo.multiply"(%1782, %1784) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1786 = "stablehlo.multiply"(%1781, %1785) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1787 = "stablehlo.multiply"(%1786, %78) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1788 = "stablehlo.reshape"(%1787) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1789 = "stablehlo.broadcast_in_dim"(%1788) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1790 = "stablehlo.multiply"(%1789, %72) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1791 = "stablehlo.multiply"(%1789, %72) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1792 = "stablehlo.add"(%1779, %1790) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1793 = "stablehlo.add"(%1792, %1791) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1794 = "stablehlo.dot_general"(%1793, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1795 = "stablehlo.dot_general"(%1793, %70) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1796 = "stablehlo.reshape"(%1794) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %1797 = "stablehlo.transpose"(%1796) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1798 = "stablehlo.dot_general"(%1797, %56) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %1799 = "stablehlo.dot_general"(%1797, %67) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %1800 = "stablehlo.transpose"(%1799) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1801 = "stablehlo.divide"(%1798, %66) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1802 = "stablehlo.multiply"(%1801, %67) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1803 = "stablehlo.negate"(%1802) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1804_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1804 = "stablehlo.reduce"(%1803, %n1804_init) ({
    ^bb0(%n1804_a: tensor<f32>, %n1804_b: tensor<f32>):
      %n1804_r = "stablehlo.add"(%n1804_a, %n1804_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1804_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1805 = "stablehlo.reshape"(%1804) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1806 = "stablehlo.reshape"(%1805) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1807 = "stablehlo.broadcast_in_dim"(%1806) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1808 = "stablehlo.add"(%1801, %1807) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1809 = "stablehlo.multiply"(%1808, %63) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1810 = "stablehlo.negate"(%1809) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1811_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1811 = "stablehlo.reduce"(%1810, %n1811_init) ({
    ^bb0(%n1811_a: tensor<f32>, %n1811_b: tensor<f32>):
      %n1811_r = "stablehlo.add"(%n1811_a, %n1811_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1811_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1812 = "stablehlo.reshape"(%1811) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1813 = "stablehlo.reshape"(%1812) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1814 = "stablehlo.broadcast_in_dim"(%59) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1815 = "stablehlo.compare"(%58, %1814) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %1816 = "stablehlo.convert"(%1815) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n1817_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1817 = "stablehlo.reduce"(%1816, %n1817_init) ({
    ^bb0(%n1817_a: tensor<f32>, %n1817_b: tensor<f32>):
      %n1817_r = "stablehlo.add"(%n1817_a, %n1817_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1817_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1818 = "stablehlo.divide"(%1813, %1817) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %1819 = "stablehlo.broadcast_in_dim"(%1818) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1820 = "stablehlo.multiply"(%1819, %1816) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1821 = "stablehlo.add"(%1809, %1820) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1822 = "stablehlo.add"(%1731, %1821) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1823 = "stablehlo.dot_general"(%1821, %54) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1824 = "stablehlo.transpose"(%1823) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1825 = "stablehlo.dot_general"(%1821, %52) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1826 = "stablehlo.transpose"(%1825) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1827 = "stablehlo.reshape"(%1800) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1828 = "stablehlo.dot_general"(%1827, %arg11) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1829 = "stablehlo.dot_general"(%1827, %46) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1830 = "stablehlo.reshape"(%1826) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1831 = "stablehlo.dot_general"(%1830, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1832 = "stablehlo.dot_general"(%1830, %46) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1833 = "stablehlo.add"(%1828, %1831) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1834 = "stablehlo.reshape"(%1824) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1835 = "stablehlo.dot_general"(%1834, %arg9) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<32x48x128xf32>, tensor<128x128xf32>) -> tensor<32x48x128xf32>
    %1836 = "stablehlo.dot_general"(%1834, %46) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<128x128xf32>
    %1837 = "stablehlo.add"(%1833, %1835) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1838 = "stablehlo.multiply"(%1837, %45) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1839 = "stablehlo.multiply"(%1837, %44) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1840_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1840 = "stablehlo.reduce"(%1839, %n1840_init) ({
    ^bb0(%n1840_a: tensor<f32>, %n1840_b: tensor<f32>):
      %n1840_r = "stablehlo.add"(%n1840_a, %n1840_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1840_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1841 = "stablehlo.multiply"(%1838, %43) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1842 = "stablehlo.multiply"(%1838, %15) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1843 = "stablehlo.add"(%1793, %1841) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1844_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1844 = "stablehlo.reduce"(%1842, %n1844_init) ({
    ^bb0(%n1844_a: tensor<f32>, %n1844_b: tensor<f32>):
      %n1844_r = "stablehlo.add"(%n1844_a, %n1844_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1844_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1845 = "stablehlo.reshape"(%1844) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1846 = "stablehlo.divide"(%42, %41) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1847 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1848 = "stablehlo.broadcast_in_dim"(%1847) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1849 = "stablehlo.multiply"(%1846, %1848) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1850 = "stablehlo.multiply"(%1845, %1849) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1851 = "stablehlo.multiply"(%1850, %37) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1852 = "stablehlo.reshape"(%1851) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1853 = "stablehlo.broadcast_in_dim"(%1852) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1854 = "stablehlo.multiply"(%1853, %15) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1855 = "stablehlo.multiply"(%1853, %15) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1856 = "stablehlo.add"(%1843, %1854) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1857 = "stablehlo.add"(%1856, %1855) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1858_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1858 = "stablehlo.reduce"(%1822, %n1858_init) ({
    ^bb0(%n1858_a: tensor<f32>, %n1858_b: tensor<f32>):
      %n1858_r = "stablehlo.add"(%n1858_a, %n1858_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1858_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<4x48x48xf32>
    %1859 = "stablehlo.reshape"(%1858) : (tensor<4x48x48xf32>) -> tensor<1x4x48x48xf32>
    %1860 = "stablehlo.reshape"(%1859) : (tensor<1x4x48x48xf32>) -> tensor<4x48x48xf32>
    %1861 = "stablehlo.transpose"(%1860) {permutation = array<i64: 1, 2, 0>} : (tensor<4x48x48xf32>) -> tensor<48x48x4xf32>
    %1862 = stablehlo.constant dense<0x00000000> : tensor<32x4xf32>
    %1863 = "stablehlo.scatter"(%1862, %17, %1861) ({
    ^bb0(%n1863_a: tensor<f32>, %n1863_b: tensor<f32>):
      %n1863_r = "stablehlo.add"(%n1863_a, %n1863_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1863_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32x4xf32>, tensor<48x48xi32>, tensor<48x48x4xf32>) -> tensor<32x4xf32>
    %1864 = stablehlo.constant dense<0x00000000> : tensor<32128x128xf32>
    %1865 = "stablehlo.scatter"(%1864, %arg0, %1857) ({
    ^bb0(%n1865_a: tensor<f32>, %n1865_b: tensor<f32>):
      %n1865_r = "stablehlo.add"(%n1865_a, %n1865_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1865_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32128x128xf32>, tensor<32x48xi32>, tensor<32x48x128xf32>) -> tensor<32128x128xf32>
    %1866 = "stablehlo.add"(%1475, %1865) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %1867 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1868 = "stablehlo.multiply"(%1866, %1866) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %n1869_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1869 = "stablehlo.reduce"(%1868, %n1869_init) ({
    ^bb0(%n1869_a: tensor<f32>, %n1869_b: tensor<f32>):
      %n1869_r = "stablehlo.add"(%n1869_a, %n1869_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1869_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32128x128xf32>, tensor<f32>) -> tensor<f32>
    %1870 = "stablehlo.add"(%1867, %1869) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1871 = "stablehlo.multiply"(%1863, %1863) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %n1872_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1872 = "stablehlo.reduce"(%1871, %n1872_init) ({
    ^bb0(%n1872_a: tensor<f32>, %n1872_b: tensor<f32>):
      %n1872_r = "stablehlo.add"(%n1872_a, %n1872_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1872_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x4xf32>, tensor<f32>) -> tensor<f32>
    %1873 = "stablehlo.add"(%1870, %1872) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1874 = "stablehlo.multiply"(%1840, %1840) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n1875_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1875 = "stablehlo.reduce"(%1874, %n1875_init) ({
    ^bb0(%n1875_a: tensor<f32>, %n1875_b: tensor<f32>):
      %n1875_r = "stablehlo.add"(%n1875_a, %n1875_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1875_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1876 = "stablehlo.add"(%1873, %1875) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1877 = "stablehlo.multiply"(%1836, %1836) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1878_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1878 = "stablehlo.reduce"(%1877, %n1878_init) ({
    ^bb0(%n1878_a: tensor<f32>, %n1878_b: tensor<f32>):
      %n1878_r = "stablehlo.add"(%n1878_a, %n1878_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1878_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1879 = "stablehlo.add"(%1876, %1878) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1880 = "stablehlo.multiply"(%1832, %1832) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1881_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1881 = "stablehlo.reduce"(%1880, %n1881_init) ({
    ^bb0(%n1881_a: tensor<f32>, %n1881_b: tensor<f32>):
      %n1881_r = "stablehlo.add"(%n1881_a, %n1881_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1881_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1882 = "stablehlo.add"(%1879, %1881) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1883 = "stablehlo.multiply"(%1829, %1829) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1884_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1884 = "stablehlo.reduce"(%1883, %n1884_init) ({
    ^bb0(%n1884_a: tensor<f32>, %n1884_b: tensor<f32>):
      %n1884_r = "stablehlo.add"(%n1884_a, %n1884_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1884_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1885 = "stablehlo.add"(%1882, %1884) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1886 = "stablehlo.multiply"(%1795, %1795) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1887_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1887 = "stablehlo.reduce"(%1886, %n1887_init) ({
    ^bb0(%n1887_a: tensor<f32>, %n1887_b: tensor<f32>):
      %n1887_r = "stablehlo.add"(%n1887_a, %n1887_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1887_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1888 = "stablehlo.add"(%1885, %1887) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1889 = "stablehlo.multiply"(%1776, %1776) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n1890_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1890 = "stablehlo.reduce"(%1889, %n1890_init) ({
    ^bb0(%n1890_a: tensor<f32>, %n1890_b: tensor<f32>):
      %n1890_r = "stablehlo.add"(%n1890_a, %n1890_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1890_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1891 = "stablehlo.add"(%1888, %1890) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1892 = "stablehlo.multiply"(%1768, %1768) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n1893_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1893 = "stablehlo.reduce"(%1892, %n1893_init) ({
    ^bb0(%n1893_a: tensor<f32>, %n1893_b: tensor<f32>):
      %n1893_r = "stablehlo.add"(%n1893_a, %n1893_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1893_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %1894 = "stablehlo.add"(%1891, %1893) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1895 = "stablehlo.multiply"(%1773, %1773) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n1896_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1896 = "stablehlo.reduce"(%1895, %n1896_init) ({
    ^bb0(%n1896_a: tensor<f32>, %n1896_b: tensor<f32>):
      %n1896_r = "stablehlo.add"(%n1896_a, %n1896_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1896_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %1897 = "stablehlo.add"(%1894, %1896) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1898 = "stablehlo.multiply"(%1749, %1749) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n1899_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1899 = "stablehlo.reduce"(%1898, %n1899_init) ({
    ^bb0(%n1899_a: tensor<f32>, %n1899_b: tensor<f32>):
      %n1899_r = "stablehlo.add"(%n1899_a, %n1899_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1899_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1900 = "stablehlo.add"(%1897, %1899) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1901 = "stablehlo.multiply"(%1745, %1745) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1902_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1902 = "stablehlo.reduce"(%1901, %n1902_init) ({
    ^bb0(%n1902_a: tensor<f32>, %n1902_b: tensor<f32>):
      %n1902_r = "stablehlo.add"(%n1902_a, %n1902_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1902_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1903 = "stablehlo.add"(%1900, %1902) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1904 = "stablehlo.multiply"(%1741, %1741) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1905_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1905 = "stablehlo.reduce"(%1904, %n1905_init) ({
    ^bb0(%n1905_a: tensor<f32>, %n1905_b: tensor<f32>):
      %n1905_r = "stablehlo.add"(%n1905_a, %n1905_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1905_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1906 = "stablehlo.add"(%1903, %1905) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1907 = "stablehlo.multiply"(%1738, %1738) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1908_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1908 = "stablehlo.reduce"(%1907, %n1908_init) ({
    ^bb0(%n1908_a: tensor<f32>, %n1908_b: tensor<f32>):
      %n1908_r = "stablehlo.add"(%n1908_a, %n1908_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1908_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1909 = "stablehlo.add"(%1906, %1908) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1910 = "stablehlo.multiply"(%1704, %1704) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1911_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1911 = "stablehlo.reduce"(%1910, %n1911_init) ({
    ^bb0(%n1911_a: tensor<f32>, %n1911_b: tensor<f32>):
      %n1911_r = "stablehlo.add"(%n1911_a, %n1911_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1911_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1912 = "stablehlo.add"(%1909, %1911) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1913 = "stablehlo.multiply"(%1685, %1685) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n1914_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1914 = "stablehlo.reduce"(%1913, %n1914_init) ({
    ^bb0(%n1914_a: tensor<f32>, %n1914_b: tensor<f32>):
      %n1914_r = "stablehlo.add"(%n1914_a, %n1914_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1914_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1915 = "stablehlo.add"(%1912, %1914) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1916 = "stablehlo.multiply"(%1677, %1677) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n1917_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1917 = "stablehlo.reduce"(%1916, %n1917_init) ({
    ^bb0(%n1917_a: tensor<f32>, %n1917_b: tensor<f32>):
      %n1917_r = "stablehlo.add"(%n1917_a, %n1917_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1917_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %1918 = "stablehlo.add"(%1915, %1917) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1919 = "stablehlo.multiply"(%1682, %1682) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n1920_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1920 = "stablehlo.reduce"(%1919, %n1920_init) ({
    ^bb0(%n1920_a: tensor<f32>, %n1920_b: tensor<f32>):
      %n1920_r = "stablehlo.add"(%n1920_a, %n1920_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1920_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %1921 = "stablehlo.add"(%1918, %1920) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1922 = "stablehlo.multiply"(%1658, %1658) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n1923_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1923 = "stablehlo.reduce"(%1922, %n1923_init) ({
    ^bb0(%n1923_a: tensor<f32>, %n1923_b: tensor<f32>):
      %n1923_r = "stablehlo.add"(%n1923_a, %n1923_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1923_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1924 = "stablehlo.add"(%1921, %1923) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1925 = "stablehlo.multiply"(%1654, %1654) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1926_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1926 = "stablehlo.reduce"(%1925, %n1926_init) ({
    ^bb0(%n1926_a: tensor<f32>, %n1926_b: tensor<f32>):
      %n1926_r = "stablehlo.add"(%n1926_a, %n1926_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1926_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1927 = "stablehlo.add"(%1924, %1926) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1928 = "stablehlo.multiply"(%1650, %1650) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1929_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1929 = "stablehlo.reduce"(%1928, %n1929_init) ({
    ^bb0(%n1929_a: tensor<f32>, %n1929_b: tensor<f32>):
      %n1929_r = "stablehlo.add"(%n1929_a, %n1929_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1929_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1930 = "stablehlo.add"(%1927, %1929) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1931 = "stablehlo.multiply"(%1647, %1647) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1932_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1932 = "stablehlo.reduce"(%1931, %n1932_init) ({
    ^bb0(%n1932_a: tensor<f32>, %n1932_b: tensor<f32>):
      %n1932_r = "stablehlo.add"(%n1932_a, %n1932_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1932_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1933 = "stablehlo.add"(%1930, %1932) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1934 = "stablehlo.multiply"(%1613, %1613) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1935_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1935 = "stablehlo.reduce"(%1934, %n1935_init) ({
    ^bb0(%n1935_a: tensor<f32>, %n1935_b: tensor<f32>):
      %n1935_r = "stablehlo.add"(%n1935_a, %n1935_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1935_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1936 = "stablehlo.add"(%1933, %1935) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1937 = "stablehlo.multiply"(%1594, %1594) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n1938_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1938 = "stablehlo.reduce"(%1937, %n1938_init) ({
    ^bb0(%n1938_a: tensor<f32>, %n1938_b: tensor<f32>):
      %n1938_r = "stablehlo.add"(%n1938_a, %n1938_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1938_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1939 = "stablehlo.add"(%1936, %1938) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1940 = "stablehlo.multiply"(%1586, %1586) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n1941_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1941 = "stablehlo.reduce"(%1940, %n1941_init) ({
    ^bb0(%n1941_a: tensor<f32>, %n1941_b: tensor<f32>):
      %n1941_r = "stablehlo.add"(%n1941_a, %n1941_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1941_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %1942 = "stablehlo.add"(%1939, %1941) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1943 = "stablehlo.multiply"(%1591, %1591) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n1944_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1944 = "stablehlo.reduce"(%1943, %n1944_init) ({
    ^bb0(%n1944_a: tensor<f32>, %n1944_b: tensor<f32>):
      %n1944_r = "stablehlo.add"(%n1944_a, %n1944_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1944_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %1945 = "stablehlo.add"(%1942, %1944) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1946 = "stablehlo.multiply"(%1567, %1567) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n1947_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1947 = "stablehlo.reduce"(%1946, %n1947_init) ({
    ^bb0(%n1947_a: tensor<f32>, %n1947_b: tensor<f32>):
      %n1947_r = "stablehlo.add"(%n1947_a, %n1947_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1947_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1948 = "stablehlo.add"(%1945, %1947) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1949 = "stablehlo.multiply"(%1563, %1563) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1950_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1950 = "stablehlo.reduce"(%1949, %n1950_init) ({
    ^bb0(%n1950_a: tensor<f32>, %n1950_b: tensor<f32>):
      %n1950_r = "stablehlo.add"(%n1950_a, %n1950_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1950_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1951 = "stablehlo.add"(%1948, %1950) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1952 = "stablehlo.multiply"(%1559, %1559) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1953_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1953 = "stablehlo.reduce"(%1952, %n1953_init) ({
    ^bb0(%n1953_a: tensor<f32>, %n1953_b: tensor<f32>):
      %n1953_r = "stablehlo.add"(%n1953_a, %n1953_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1953_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1954 = "stablehlo.add"(%1951, %1953) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1955 = "stablehlo.multiply"(%1556, %1556) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1956_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1956 = "stablehlo.reduce"(%1955, %n1956_init) ({
    ^bb0(%n1956_a: tensor<f32>, %n1956_b: tensor<f32>):
      %n1956_r = "stablehlo.add"(%n1956_a, %n1956_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1956_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1957 = "stablehlo.add"(%1954, %1956) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1958 = "stablehlo.multiply"(%1523, %1523) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1959_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1959 = "stablehlo.reduce"(%1958, %n1959_init) ({
    ^bb0(%n1959_a: tensor<f32>, %n1959_b: tensor<f32>):
      %n1959_r = "stablehlo.add"(%n1959_a, %n1959_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1959_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1960 = "stablehlo.add"(%1957, %1959) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1961 = "stablehlo.multiply"(%1504, %1504) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n1962_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1962 = "stablehlo.reduce"(%1961, %n1962_init) ({
    ^bb0(%n1962_a: tensor<f32>, %n1962_b: tensor<f32>):
      %n1962_r = "stablehlo.add"(%n1962_a, %n1962_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1962_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1963 = "stablehlo.add"(%1960, %1962) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1964 = "stablehlo.multiply"(%1496, %1496) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n1965_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1965 = "stablehlo.reduce"(%1964, %n1965_init) ({
    ^bb0(%n1965_a: tensor<f32>, %n1965_b: tensor<f32>):
      %n1965_r = "stablehlo.add"(%n1965_a, %n1965_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1965_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %1966 = "stablehlo.add"(%1963, %1965) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1967 = "stablehlo.multiply"(%1501, %1501) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n1968_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1968 = "stablehlo.reduce"(%1967, %n1968_init) ({
    ^bb0(%n1968_a: tensor<f32>, %n1968_b: tensor<f32>):
      %n1968_r = "stablehlo.add"(%n1968_a, %n1968_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1968_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %1969 = "stablehlo.add"(%1966, %1968) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1970 = "stablehlo.multiply"(%1478, %1478) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n1971_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1971 = "stablehlo.reduce"(%1970, %n1971_init) ({
    ^bb0(%n1971_a: tensor<f32>, %n1971_b: tensor<f32>):
      %n1971_r = "stablehlo.add"(%n1971_a, %n1971_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1971_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1972 = "stablehlo.add"(%1969, %1971) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1973 = "stablehlo.multiply"(%1472, %1472) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %n1974_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1974 = "stablehlo.reduce"(%1973, %n1974_init) ({
    ^bb0(%n1974_a: tensor<f32>, %n1974_b: tensor<f32>):
      %n1974_r = "stablehlo.add"(%n1974_a, %n1974_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1974_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x4xf32>, tensor<f32>) -> tensor<f32>
    %1975 = "stablehlo.add"(%1972, %1974) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1976 = "stablehlo.multiply"(%1451, %1451) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n1977_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1977 = "stablehlo.reduce"(%1976, %n1977_init) ({
    ^bb0(%n1977_a: tensor<f32>, %n1977_b: tensor<f32>):
      %n1977_r = "stablehlo.add"(%n1977_a, %n1977_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1977_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1978 = "stablehlo.add"(%1975, %1977) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1979 = "stablehlo.multiply"(%1447, %1447) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1980_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1980 = "stablehlo.reduce"(%1979, %n1980_init) ({
    ^bb0(%n1980_a: tensor<f32>, %n1980_b: tensor<f32>):
      %n1980_r = "stablehlo.add"(%n1980_a, %n1980_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1980_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1981 = "stablehlo.add"(%1978, %1980) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1982 = "stablehlo.multiply"(%1443, %1443) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1983_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1983 = "stablehlo.reduce"(%1982, %n1983_init) ({
    ^bb0(%n1983_a: tensor<f32>, %n1983_b: tensor<f32>):
      %n1983_r = "stablehlo.add"(%n1983_a, %n1983_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1983_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1984 = "stablehlo.add"(%1981, %1983) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1985 = "stablehlo.multiply"(%1440, %1440) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1986_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1986 = "stablehlo.reduce"(%1985, %n1986_init) ({
    ^bb0(%n1986_a: tensor<f32>, %n1986_b: tensor<f32>):
      %n1986_r = "stablehlo.add"(%n1986_a, %n1986_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1986_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1987 = "stablehlo.add"(%1984, %1986) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1988 = "stablehlo.multiply"(%1404, %1404) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1989_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1989 = "stablehlo.reduce"(%1988, %n1989_init) ({
    ^bb0(%n1989_a: tensor<f32>, %n1989_b: tensor<f32>):
      %n1989_r = "stablehlo.add"(%n1989_a, %n1989_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1989_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1990 = "stablehlo.add"(%1987, %1989) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1991 = "stablehlo.multiply"(%1385, %1385) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n1992_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1992 = "stablehlo.reduce"(%1991, %n1992_init) ({
    ^bb0(%n1992_a: tensor<f32>, %n1992_b: tensor<f32>):
      %n1992_r = "stablehlo.add"(%n1992_a, %n1992_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1992_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1993 = "stablehlo.add"(%1990, %1992) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1994 = "stablehlo.multiply"(%1382, %1382) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1995_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1995 = "stablehlo.reduce"(%1994, %n1995_init) ({
    ^bb0(%n1995_a: tensor<f32>, %n1995_b: tensor<f32>):
      %n1995_r = "stablehlo.add"(%n1995_a, %n1995_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1995_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1996 = "stablehlo.add"(%1993, %1995) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1997 = "stablehlo.multiply"(%1378, %1378) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n1998_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1998 = "stablehlo.reduce"(%1997, %n1998_init) ({
    ^bb0(%n1998_a: tensor<f32>, %n1998_b: tensor<f32>):
      %n1998_r = "stablehlo.add"(%n1998_a, %n1998_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1998_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %1999 = "stablehlo.add"(%1996, %1998) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2000 = "stablehlo.multiply"(%1374, %1374) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2001_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2001 = "stablehlo.reduce"(%2000, %n2001_init) ({
    ^bb0(%n2001_a: tensor<f32>, %n2001_b: tensor<f32>):
      %n2001_r = "stablehlo.add"(%n2001_a, %n2001_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2001_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2002 = "stablehlo.add"(%1999, %2001) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2003 = "stablehlo.multiply"(%1341, %1341) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2004_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2004 = "stablehlo.reduce"(%2003, %n2004_init) ({
    ^bb0(%n2004_a: tensor<f32>, %n2004_b: tensor<f32>):
      %n2004_r = "stablehlo.add"(%n2004_a, %n2004_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2004_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2005 = "stablehlo.add"(%2002, %2004) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2006 = "stablehlo.multiply"(%1322, %1322) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2007_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2007 = "stablehlo.reduce"(%2006, %n2007_init) ({
    ^bb0(%n2007_a: tensor<f32>, %n2007_b: tensor<f32>):
      %n2007_r = "stablehlo.add"(%n2007_a, %n2007_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2007_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2008 = "stablehlo.add"(%2005, %2007) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2009 = "stablehlo.multiply"(%1314, %1314) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2010_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2010 = "stablehlo.reduce"(%2009, %n2010_init) ({
    ^bb0(%n2010_a: tensor<f32>, %n2010_b: tensor<f32>):
      %n2010_r = "stablehlo.add"(%n2010_a, %n2010_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2010_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2011 = "stablehlo.add"(%2008, %2010) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2012 = "stablehlo.multiply"(%1319, %1319) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2013_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2013 = "stablehlo.reduce"(%2012, %n2013_init) ({
    ^bb0(%n2013_a: tensor<f32>, %n2013_b: tensor<f32>):
      %n2013_r = "stablehlo.add"(%n2013_a, %n2013_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2013_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2014 = "stablehlo.add"(%2011, %2013) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2015 = "stablehlo.multiply"(%1295, %1295) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2016_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2016 = "stablehlo.reduce"(%2015, %n2016_init) ({
    ^bb0(%n2016_a: tensor<f32>, %n2016_b: tensor<f32>):
      %n2016_r = "stablehlo.add"(%n2016_a, %n2016_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2016_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2017 = "stablehlo.add"(%2014, %2016) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2018 = "stablehlo.multiply"(%1291, %1291) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2019_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2019 = "stablehlo.reduce"(%2018, %n2019_init) ({
    ^bb0(%n2019_a: tensor<f32>, %n2019_b: tensor<f32>):
      %n2019_r = "stablehlo.add"(%n2019_a, %n2019_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2019_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2020 = "stablehlo.add"(%2017, %2019) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2021 = "stablehlo.multiply"(%1287, %1287) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2022_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2022 = "stablehlo.reduce"(%2021, %n2022_init) ({
    ^bb0(%n2022_a: tensor<f32>, %n2022_b: tensor<f32>):
      %n2022_r = "stablehlo.add"(%n2022_a, %n2022_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2022_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2023 = "stablehlo.add"(%2020, %2022) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2024 = "stablehlo.multiply"(%1284, %1284) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2025_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2025 = "stablehlo.reduce"(%2024, %n2025_init) ({
    ^bb0(%n2025_a: tensor<f32>, %n2025_b: tensor<f32>):
      %n2025_r = "stablehlo.add"(%n2025_a, %n2025_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2025_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2026 = "stablehlo.add"(%2023, %2025) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2027 = "stablehlo.multiply"(%1248, %1248) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2028_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2028 = "stablehlo.reduce"(%2027, %n2028_init) ({
    ^bb0(%n2028_a: tensor<f32>, %n2028_b: tensor<f32>):
      %n2028_r = "stablehlo.add"(%n2028_a, %n2028_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2028_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2029 = "stablehlo.add"(%2026, %2028) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2030 = "stablehlo.multiply"(%1229, %1229) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2031_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2031 = "stablehlo.reduce"(%2030, %n2031_init) ({
    ^bb0(%n2031_a: tensor<f32>, %n2031_b: tensor<f32>):
      %n2031_r = "stablehlo.add"(%n2031_a, %n2031_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2031_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2032 = "stablehlo.add"(%2029, %2031) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2033 = "stablehlo.multiply"(%1226, %1226) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2034_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2034 = "stablehlo.reduce"(%2033, %n2034_init) ({
    ^bb0(%n2034_a: tensor<f32>, %n2034_b: tensor<f32>):
      %n2034_r = "stablehlo.add"(%n2034_a, %n2034_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2034_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2035 = "stablehlo.add"(%2032, %2034) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2036 = "stablehlo.multiply"(%1222, %1222) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2037_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2037 = "stablehlo.reduce"(%2036, %n2037_init) ({
    ^bb0(%n2037_a: tensor<f32>, %n2037_b: tensor<f32>):
      %n2037_r = "stablehlo.add"(%n2037_a, %n2037_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2037_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2038 = "stablehlo.add"(%2035, %2037) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2039 = "stablehlo.multiply"(%1218, %1218) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2040_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2040 = "stablehlo.reduce"(%2039, %n2040_init) ({
    ^bb0(%n2040_a: tensor<f32>, %n2040_b: tensor<f32>):
      %n2040_r = "stablehlo.add"(%n2040_a, %n2040_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2040_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2041 = "stablehlo.add"(%2038, %2040) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2042 = "stablehlo.multiply"(%1185, %1185) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2043_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2043 = "stablehlo.reduce"(%2042, %n2043_init) ({
    ^bb0(%n2043_a: tensor<f32>, %n2043_b: tensor<f32>):
      %n2043_r = "stablehlo.add"(%n2043_a, %n2043_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2043_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2044 = "stablehlo.add"(%2041, %2043) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2045 = "stablehlo.multiply"(%1166, %1166) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2046_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2046 = "stablehlo.reduce"(%2045, %n2046_init) ({
    ^bb0(%n2046_a: tensor<f32>, %n2046_b: tensor<f32>):
      %n2046_r = "stablehlo.add"(%n2046_a, %n2046_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2046_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2047 = "stablehlo.add"(%2044, %2046) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2048 = "stablehlo.multiply"(%1158, %1158) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2049_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2049 = "stablehlo.reduce"(%2048, %n2049_init) ({
    ^bb0(%n2049_a: tensor<f32>, %n2049_b: tensor<f32>):
      %n2049_r = "stablehlo.add"(%n2049_a, %n2049_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2049_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2050 = "stablehlo.add"(%2047, %2049) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2051 = "stablehlo.multiply"(%1163, %1163) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2052_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2052 = "stablehlo.reduce"(%2051, %n2052_init) ({
    ^bb0(%n2052_a: tensor<f32>, %n2052_b: tensor<f32>):
      %n2052_r = "stablehlo.add"(%n2052_a, %n2052_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2052_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2053 = "stablehlo.add"(%2050, %2052) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2054 = "stablehlo.multiply"(%1139, %1139) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2055_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2055 = "stablehlo.reduce"(%2054, %n2055_init) ({
    ^bb0(%n2055_a: tensor<f32>, %n2055_b: tensor<f32>):
      %n2055_r = "stablehlo.add"(%n2055_a, %n2055_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2055_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2056 = "stablehlo.add"(%2053, %2055) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2057 = "stablehlo.multiply"(%1135, %1135) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2058_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2058 = "stablehlo.reduce"(%2057, %n2058_init) ({
    ^bb0(%n2058_a: tensor<f32>, %n2058_b: tensor<f32>):
      %n2058_r = "stablehlo.add"(%n2058_a, %n2058_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2058_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2059 = "stablehlo.add"(%2056, %2058) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2060 = "stablehlo.multiply"(%1131, %1131) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2061_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2061 = "stablehlo.reduce"(%2060, %n2061_init) ({
    ^bb0(%n2061_a: tensor<f32>, %n2061_b: tensor<f32>):
      %n2061_r = "stablehlo.add"(%n2061_a, %n2061_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2061_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2062 = "stablehlo.add"(%2059, %2061) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2063 = "stablehlo.multiply"(%1128, %1128) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2064_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2064 = "stablehlo.reduce"(%2063, %n2064_init) ({
    ^bb0(%n2064_a: tensor<f32>, %n2064_b: tensor<f32>):
      %n2064_r = "stablehlo.add"(%n2064_a, %n2064_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2064_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2065 = "stablehlo.add"(%2062, %2064) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2066 = "stablehlo.multiply"(%1092, %1092) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2067_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2067 = "stablehlo.reduce"(%2066, %n2067_init) ({
    ^bb0(%n2067_a: tensor<f32>, %n2067_b: tensor<f32>):
      %n2067_r = "stablehlo.add"(%n2067_a, %n2067_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2067_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2068 = "stablehlo.add"(%2065, %2067) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2069 = "stablehlo.multiply"(%1073, %1073) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2070_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2070 = "stablehlo.reduce"(%2069, %n2070_init) ({
    ^bb0(%n2070_a: tensor<f32>, %n2070_b: tensor<f32>):
      %n2070_r = "stablehlo.add"(%n2070_a, %n2070_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2070_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2071 = "stablehlo.add"(%2068, %2070) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2072 = "stablehlo.multiply"(%1070, %1070) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2073_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2073 = "stablehlo.reduce"(%2072, %n2073_init) ({
    ^bb0(%n2073_a: tensor<f32>, %n2073_b: tensor<f32>):
      %n2073_r = "stablehlo.add"(%n2073_a, %n2073_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2073_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2074 = "stablehlo.add"(%2071, %2073) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2075 = "stablehlo.multiply"(%1066, %1066) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2076_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2076 = "stablehlo.reduce"(%2075, %n2076_init) ({
    ^bb0(%n2076_a: tensor<f32>, %n2076_b: tensor<f32>):
      %n2076_r = "stablehlo.add"(%n2076_a, %n2076_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2076_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2077 = "stablehlo.add"(%2074, %2076) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2078 = "stablehlo.multiply"(%1062, %1062) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2079_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2079 = "stablehlo.reduce"(%2078, %n2079_init) ({
    ^bb0(%n2079_a: tensor<f32>, %n2079_b: tensor<f32>):
      %n2079_r = "stablehlo.add"(%n2079_a, %n2079_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2079_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2080 = "stablehlo.add"(%2077, %2079) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2081 = "stablehlo.multiply"(%1029, %1029) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2082_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2082 = "stablehlo.reduce"(%2081, %n2082_init) ({
    ^bb0(%n2082_a: tensor<f32>, %n2082_b: tensor<f32>):
      %n2082_r = "stablehlo.add"(%n2082_a, %n2082_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2082_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2083 = "stablehlo.add"(%2080, %2082) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2084 = "stablehlo.multiply"(%1010, %1010) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2085_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2085 = "stablehlo.reduce"(%2084, %n2085_init) ({
    ^bb0(%n2085_a: tensor<f32>, %n2085_b: tensor<f32>):
      %n2085_r = "stablehlo.add"(%n2085_a, %n2085_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2085_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2086 = "stablehlo.add"(%2083, %2085) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2087 = "stablehlo.multiply"(%1002, %1002) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2088_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2088 = "stablehlo.reduce"(%2087, %n2088_init) ({
    ^bb0(%n2088_a: tensor<f32>, %n2088_b: tensor<f32>):
      %n2088_r = "stablehlo.add"(%n2088_a, %n2088_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2088_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2089 = "stablehlo.add"(%2086, %2088) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2090 = "stablehlo.multiply"(%1007, %1007) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2091_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2091 = "stablehlo.reduce"(%2090, %n2091_init) ({
    ^bb0(%n2091_a: tensor<f32>, %n2091_b: tensor<f32>):
      %n2091_r = "stablehlo.add"(%n2091_a, %n2091_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2091_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2092 = "stablehlo.add"(%2089, %2091) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2093 = "stablehlo.multiply"(%983, %983) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2094_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2094 = "stablehlo.reduce"(%2093, %n2094_init) ({
    ^bb0(%n2094_a: tensor<f32>, %n2094_b: tensor<f32>):
      %n2094_r = "stablehlo.add"(%n2094_a, %n2094_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2094_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2095 = "stablehlo.add"(%2092, %2094) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2096 = "stablehlo.multiply"(%979, %979) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2097_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2097 = "stablehlo.reduce"(%2096, %n2097_init) ({
    ^bb0(%n2097_a: tensor<f32>, %n2097_b: tensor<f32>):
      %n2097_r = "stablehlo.add"(%n2097_a, %n2097_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2097_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2098 = "stablehlo.add"(%2095, %2097) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2099 = "stablehlo.multiply"(%975, %975) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2100_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2100 = "stablehlo.reduce"(%2099, %n2100_init) ({
    ^bb0(%n2100_a: tensor<f32>, %n2100_b: tensor<f32>):
      %n2100_r = "stablehlo.add"(%n2100_a, %n2100_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2100_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2101 = "stablehlo.add"(%2098, %2100) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2102 = "stablehlo.multiply"(%972, %972) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2103_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2103 = "stablehlo.reduce"(%2102, %n2103_init) ({
    ^bb0(%n2103_a: tensor<f32>, %n2103_b: tensor<f32>):
      %n2103_r = "stablehlo.add"(%n2103_a, %n2103_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2103_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2104 = "stablehlo.add"(%2101, %2103) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2105 = "stablehlo.multiply"(%937, %937) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2106_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2106 = "stablehlo.reduce"(%2105, %n2106_init) ({
    ^bb0(%n2106_a: tensor<f32>, %n2106_b: tensor<f32>):
      %n2106_r = "stablehlo.add"(%n2106_a, %n2106_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2106_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2107 = "stablehlo.add"(%2104, %2106) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2108 = "stablehlo.multiply"(%918, %918) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2109_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2109 = "stablehlo.reduce"(%2108, %n2109_init) ({
    ^bb0(%n2109_a: tensor<f32>, %n2109_b: tensor<f32>):
      %n2109_r = "stablehlo.add"(%n2109_a, %n2109_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2109_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2110 = "stablehlo.add"(%2107, %2109) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2111 = "stablehlo.multiply"(%915, %915) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2112_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2112 = "stablehlo.reduce"(%2111, %n2112_init) ({
    ^bb0(%n2112_a: tensor<f32>, %n2112_b: tensor<f32>):
      %n2112_r = "stablehlo.add"(%n2112_a, %n2112_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2112_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2113 = "stablehlo.add"(%2110, %2112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2114 = "stablehlo.multiply"(%911, %911) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2115_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2115 = "stablehlo.reduce"(%2114, %n2115_init) ({
    ^bb0(%n2115_a: tensor<f32>, %n2115_b: tensor<f32>):
      %n2115_r = "stablehlo.add"(%n2115_a, %n2115_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2115_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2116 = "stablehlo.add"(%2113, %2115) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2117 = "stablehlo.multiply"(%908, %908) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2118_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2118 = "stablehlo.reduce"(%2117, %n2118_init) ({
    ^bb0(%n2118_a: tensor<f32>, %n2118_b: tensor<f32>):
      %n2118_r = "stablehlo.add"(%n2118_a, %n2118_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2118_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2119 = "stablehlo.add"(%2116, %2118) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2120 = "stablehlo.multiply"(%875, %875) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2121_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2121 = "stablehlo.reduce"(%2120, %n2121_init) ({
    ^bb0(%n2121_a: tensor<f32>, %n2121_b: tensor<f32>):
      %n2121_r = "stablehlo.add"(%n2121_a, %n2121_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2121_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2122 = "stablehlo.add"(%2119, %2121) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2123 = "stablehlo.multiply"(%856, %856) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2124_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2124 = "stablehlo.reduce"(%2123, %n2124_init) ({
    ^bb0(%n2124_a: tensor<f32>, %n2124_b: tensor<f32>):
      %n2124_r = "stablehlo.add"(%n2124_a, %n2124_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2124_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2125 = "stablehlo.add"(%2122, %2124) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2126 = "stablehlo.multiply"(%848, %848) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2127_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2127 = "stablehlo.reduce"(%2126, %n2127_init) ({
    ^bb0(%n2127_a: tensor<f32>, %n2127_b: tensor<f32>):
      %n2127_r = "stablehlo.add"(%n2127_a, %n2127_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2127_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2128 = "stablehlo.add"(%2125, %2127) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2129 = "stablehlo.multiply"(%853, %853) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2130_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2130 = "stablehlo.reduce"(%2129, %n2130_init) ({
    ^bb0(%n2130_a: tensor<f32>, %n2130_b: tensor<f32>):
      %n2130_r = "stablehlo.add"(%n2130_a, %n2130_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2130_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2131 = "stablehlo.add"(%2128, %2130) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2132 = "stablehlo.multiply"(%830, %830) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2133_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2133 = "stablehlo.reduce"(%2132, %n2133_init) ({
    ^bb0(%n2133_a: tensor<f32>, %n2133_b: tensor<f32>):
      %n2133_r = "stablehlo.add"(%n2133_a, %n2133_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2133_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2134 = "stablehlo.add"(%2131, %2133) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2135 = "stablehlo.sqrt"(%2134) : (tensor<f32>) -> tensor<f32>
    %2136 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %2137 = "stablehlo.add"(%2135, %2136) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2138 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2139 = "stablehlo.divide"(%2138, %2137) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2140 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2141 = "stablehlo.minimum"(%2139, %2140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2142 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2143 = "stablehlo.multiply"(%1866, %2142) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2144 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2145 = "stablehlo.multiply"(%1863, %2144) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2146 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2147 = "stablehlo.multiply"(%1840, %2146) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2148 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2149 = "stablehlo.multiply"(%1836, %2148) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2150 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2151 = "stablehlo.multiply"(%1832, %2150) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2152 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2153 = "stablehlo.multiply"(%1829, %2152) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2154 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2155 = "stablehlo.multiply"(%1795, %2154) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2156 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2157 = "stablehlo.multiply"(%1776, %2156) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2158 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2159 = "stablehlo.multiply"(%1768, %2158) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2160 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2161 = "stablehlo.multiply"(%1773, %2160) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2162 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2163 = "stablehlo.multiply"(%1749, %2162) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2164 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2165 = "stablehlo.multiply"(%1745, %2164) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2166 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2167 = "stablehlo.multiply"(%1741, %2166) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2168 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2169 = "stablehlo.multiply"(%1738, %2168) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2170 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2171 = "stablehlo.multiply"(%1704, %2170) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2172 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2173 = "stablehlo.multiply"(%1685, %2172) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2174 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2175 = "stablehlo.multiply"(%1677, %2174) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2176 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2177 = "stablehlo.multiply"(%1682, %2176) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2178 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2179 = "stablehlo.multiply"(%1658, %2178) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2180 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2181 = "stablehlo.multiply"(%1654, %2180) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2182 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2183 = "stablehlo.multiply"(%1650, %2182) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2184 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2185 = "stablehlo.multiply"(%1647, %2184) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2186 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2187 = "stablehlo.multiply"(%1613, %2186) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2188 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2189 = "stablehlo.multiply"(%1594, %2188) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2190 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2191 = "stablehlo.multiply"(%1586, %2190) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2192 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2193 = "stablehlo.multiply"(%1591, %2192) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2194 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2195 = "stablehlo.multiply"(%1567, %2194) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2196 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2197 = "stablehlo.multiply"(%1563, %2196) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2198 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2199 = "stablehlo.multiply"(%1559, %2198) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2200 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2201 = "stablehlo.multiply"(%1556, %2200) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2202 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2203 = "stablehlo.multiply"(%1523, %2202) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2204 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2205 = "stablehlo.multiply"(%1504, %2204) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2206 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2207 = "stablehlo.multiply"(%1496, %2206) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2208 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2209 = "stablehlo.multiply"(%1501, %2208) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2210 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2211 = "stablehlo.multiply"(%1478, %2210) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2212 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2213 = "stablehlo.multiply"(%1472, %2212) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2214 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2215 = "stablehlo.multiply"(%1451, %2214) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2216 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2217 = "stablehlo.multiply"(%1447, %2216) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2218 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2219 = "stablehlo.multiply"(%1443, %2218) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2220 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2221 = "stablehlo.multiply"(%1440, %2220) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2222 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2223 = "stablehlo.multiply"(%1404, %2222) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2224 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2225 = "stablehlo.multiply"(%1385, %2224) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2226 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2227 = "stablehlo.multiply"(%1382, %2226) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2228 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2229 = "stablehlo.multiply"(%1378, %2228) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2230 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2231 = "stablehlo.multiply"(%1374, %2230) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2232 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2233 = "stablehlo.multiply"(%1341, %2232) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2234 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2235 = "stablehlo.multiply"(%1322, %2234) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2236 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2237 = "stablehlo.multiply"(%1314, %2236) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2238 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2239 = "stablehlo.multiply"(%1319, %2238) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2240 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2241 = "stablehlo.multiply"(%1295, %2240) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2242 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2243 = "stablehlo.multiply"(%1291, %2242) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2244 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2245 = "stablehlo.multiply"(%1287, %2244) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2246 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2247 = "stablehlo.multiply"(%1284, %2246) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2248 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2249 = "stablehlo.multiply"(%1248, %2248) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2250 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2251 = "stablehlo.multiply"(%1229, %2250) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2252 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2253 = "stablehlo.multiply"(%1226, %2252) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2254 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2255 = "stablehlo.multiply"(%1222, %2254) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2256 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2257 = "stablehlo.multiply"(%1218, %2256) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2258 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2259 = "stablehlo.multiply"(%1185, %2258) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2260 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2261 = "stablehlo.multiply"(%1166, %2260) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2262 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2263 = "stablehlo.multiply"(%1158, %2262) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2264 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2265 = "stablehlo.multiply"(%1163, %2264) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2266 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2267 = "stablehlo.multiply"(%1139, %2266) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2268 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2269 = "stablehlo.multiply"(%1135, %2268) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2270 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2271 = "stablehlo.multiply"(%1131, %2270) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2272 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2273 = "stablehlo.multiply"(%1128, %2272) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2274 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2275 = "stablehlo.multiply"(%1092, %2274) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2276 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2277 = "stablehlo.multiply"(%1073, %2276) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2278 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2279 = "stablehlo.multiply"(%1070, %2278) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2280 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2281 = "stablehlo.multiply"(%1066, %2280) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2282 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2283 = "stablehlo.multiply"(%1062, %2282) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2284 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2285 = "stablehlo.multiply"(%1029, %2284) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2286 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2287 = "stablehlo.multiply"(%1010, %2286) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2288 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2289 = "stablehlo.multiply"(%1002, %2288) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2290 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2291 = "stablehlo.multiply"(%1007, %2290) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2292 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2293 = "stablehlo.multiply"(%983, %2292) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2294 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2295 = "stablehlo.multiply"(%979, %2294) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2296 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2297 = "stablehlo.multiply"(%975, %2296) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2298 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2299 = "stablehlo.multiply"(%972, %2298) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2300 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2301 = "stablehlo.multiply"(%937, %2300) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2302 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2303 = "stablehlo.multiply"(%918, %2302) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2304 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2305 = "stablehlo.multiply"(%915, %2304) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2306 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2307 = "stablehlo.multiply"(%911, %2306) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2308 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2309 = "stablehlo.multiply"(%908, %2308) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2310 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2311 = "stablehlo.multiply"(%875, %2310) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2312 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2313 = "stablehlo.multiply"(%856, %2312) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2314 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2315 = "stablehlo.multiply"(%848, %2314) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2316 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2317 = "stablehlo.multiply"(%853, %2316) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2318 = "stablehlo.broadcast_in_dim"(%2141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2319 = "stablehlo.multiply"(%830, %2318) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2320 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<f32>
    %2321 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2322 = stablehlo.constant dense<0x3C888889> : tensor<f32>
    %2323 = "stablehlo.multiply"(%2320, %2322) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2328 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2329 = stablehlo.constant dense<0xBAB11FD4> : tensor<f32>
    %2330 = "stablehlo.multiply"(%2320, %2329) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2331 = stablehlo.constant dense<0x3F8A60DD> : tensor<f32>
    %2332 = "stablehlo.add"(%2330, %2331) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2333 = "stablehlo.maximum"(%2332, %2328) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2334 = stablehlo.constant dense<0x42700000> : tensor<f32>
    %2335 = "stablehlo.compare"(%2320, %2334) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %2336 = "stablehlo.select"(%2335, %2323, %2333) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %2337 = "stablehlo.multiply"(%2321, %2336) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2341 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2342 = "stablehlo.add"(%arg97, %2341) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2343 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2344 = "stablehlo.broadcast_in_dim"(%2343) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2345 = "stablehlo.multiply"(%arg95, %2344) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2346 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2347 = "stablehlo.broadcast_in_dim"(%2346) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2348 = "stablehlo.multiply"(%2143, %2347) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2349 = "stablehlo.add"(%2345, %2348) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2350 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2351 = "stablehlo.broadcast_in_dim"(%2350) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2352 = "stablehlo.multiply"(%arg96, %2351) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2353 = "stablehlo.multiply"(%2143, %2143) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2354 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2355 = "stablehlo.broadcast_in_dim"(%2354) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2356 = "stablehlo.multiply"(%2353, %2355) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2357 = "stablehlo.add"(%2352, %2356) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2358 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2359 = "stablehlo.power"(%2358, %2342) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2360 = "stablehlo.negate"(%2359) : (tensor<f32>) -> tensor<f32>
    %2361 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2362 = "stablehlo.add"(%2360, %2361) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2363 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2364 = "stablehlo.power"(%2363, %2342) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2365 = "stablehlo.negate"(%2364) : (tensor<f32>) -> tensor<f32>
    %2366 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2367 = "stablehlo.add"(%2365, %2366) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2368 = "stablehlo.broadcast_in_dim"(%2362) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2369 = "stablehlo.divide"(%2349, %2368) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2370 = "stablehlo.sqrt"(%2367) : (tensor<f32>) -> tensor<f32>
    %2371 = "stablehlo.sqrt"(%2357) : (tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2372 = "stablehlo.broadcast_in_dim"(%2370) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2373 = "stablehlo.divide"(%2371, %2372) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2374 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2375 = "stablehlo.broadcast_in_dim"(%2374) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2376 = "stablehlo.add"(%2373, %2375) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2377 = "stablehlo.divide"(%2369, %2376) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2378 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2379 = "stablehlo.multiply"(%2377, %2378) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2380 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2381 = "stablehlo.multiply"(%2337, %2380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2382 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2383 = "stablehlo.add"(%2381, %2382) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2384 = "stablehlo.broadcast_in_dim"(%2383) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2385 = "stablehlo.multiply"(%arg6, %2384) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2386 = "stablehlo.subtract"(%2385, %2379) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2390 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2391 = "stablehlo.add"(%arg100, %2390) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2392 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2393 = "stablehlo.broadcast_in_dim"(%2392) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2394 = "stablehlo.multiply"(%arg98, %2393) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2395 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2396 = "stablehlo.broadcast_in_dim"(%2395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2397 = "stablehlo.multiply"(%2145, %2396) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2398 = "stablehlo.add"(%2394, %2397) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2399 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2400 = "stablehlo.broadcast_in_dim"(%2399) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2401 = "stablehlo.multiply"(%arg99, %2400) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2402 = "stablehlo.multiply"(%2145, %2145) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2403 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2404 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2405 = "stablehlo.multiply"(%2402, %2404) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2406 = "stablehlo.add"(%2401, %2405) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2407 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2408 = "stablehlo.power"(%2407, %2391) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2409 = "stablehlo.negate"(%2408) : (tensor<f32>) -> tensor<f32>
    %2410 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2411 = "stablehlo.add"(%2409, %2410) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2412 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2413 = "stablehlo.power"(%2412, %2391) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2414 = "stablehlo.negate"(%2413) : (tensor<f32>) -> tensor<f32>
    %2415 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2416 = "stablehlo.add"(%2414, %2415) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2417 = "stablehlo.broadcast_in_dim"(%2411) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2418 = "stablehlo.divide"(%2398, %2417) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2419 = "stablehlo.sqrt"(%2416) : (tensor<f32>) -> tensor<f32>
    %2420 = "stablehlo.sqrt"(%2406) : (tensor<32x4xf32>) -> tensor<32x4xf32>
    %2421 = "stablehlo.broadcast_in_dim"(%2419) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2422 = "stablehlo.divide"(%2420, %2421) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2423 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2424 = "stablehlo.broadcast_in_dim"(%2423) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2425 = "stablehlo.add"(%2422, %2424) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2426 = "stablehlo.divide"(%2418, %2425) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2427 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2428 = "stablehlo.multiply"(%2426, %2427) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2429 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2430 = "stablehlo.multiply"(%2337, %2429) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2431 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2432 = "stablehlo.add"(%2430, %2431) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2433 = "stablehlo.broadcast_in_dim"(%2432) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2434 = "stablehlo.multiply"(%arg7, %2433) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2435 = "stablehlo.subtract"(%2434, %2428) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2439 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2440 = "stablehlo.add"(%arg103, %2439) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2441 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2442 = "stablehlo.broadcast_in_dim"(%2441) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2443 = "stablehlo.multiply"(%arg101, %2442) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2444 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2445 = "stablehlo.broadcast_in_dim"(%2444) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2446 = "stablehlo.multiply"(%2147, %2445) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2447 = "stablehlo.add"(%2443, %2446) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2448 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2449 = "stablehlo.broadcast_in_dim"(%2448) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2450 = "stablehlo.multiply"(%arg102, %2449) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2451 = "stablehlo.multiply"(%2147, %2147) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2452 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2453 = "stablehlo.broadcast_in_dim"(%2452) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2454 = "stablehlo.multiply"(%2451, %2453) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2455 = "stablehlo.add"(%2450, %2454) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2456 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2457 = "stablehlo.power"(%2456, %2440) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2458 = "stablehlo.negate"(%2457) : (tensor<f32>) -> tensor<f32>
    %2459 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2460 = "stablehlo.add"(%2458, %2459) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2461 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2462 = "stablehlo.power"(%2461, %2440) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2463 = "stablehlo.negate"(%2462) : (tensor<f32>) -> tensor<f32>
    %2464 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2465 = "stablehlo.add"(%2463, %2464) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2466 = "stablehlo.broadcast_in_dim"(%2460) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2467 = "stablehlo.divide"(%2447, %2466) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2468 = "stablehlo.sqrt"(%2465) : (tensor<f32>) -> tensor<f32>
    %2469 = "stablehlo.sqrt"(%2455) : (tensor<128xf32>) -> tensor<128xf32>
    %2470 = "stablehlo.broadcast_in_dim"(%2468) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2471 = "stablehlo.divide"(%2469, %2470) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2472 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2473 = "stablehlo.broadcast_in_dim"(%2472) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2474 = "stablehlo.add"(%2471, %2473) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2475 = "stablehlo.divide"(%2467, %2474) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2476 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2477 = "stablehlo.multiply"(%2475, %2476) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2478 = "stablehlo.subtract"(%arg8, %2477) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2482 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2483 = "stablehlo.add"(%arg106, %2482) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2484 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2485 = "stablehlo.broadcast_in_dim"(%2484) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2486 = "stablehlo.multiply"(%arg104, %2485) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2487 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2488 = "stablehlo.broadcast_in_dim"(%2487) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2489 = "stablehlo.multiply"(%2149, %2488) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2490 = "stablehlo.add"(%2486, %2489) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2491 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2492 = "stablehlo.broadcast_in_dim"(%2491) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2493 = "stablehlo.multiply"(%arg105, %2492) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2494 = "stablehlo.multiply"(%2149, %2149) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2495 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2496 = "stablehlo.broadcast_in_dim"(%2495) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2497 = "stablehlo.multiply"(%2494, %2496) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2498 = "stablehlo.add"(%2493, %2497) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2499 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2500 = "stablehlo.power"(%2499, %2483) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2501 = "stablehlo.negate"(%2500) : (tensor<f32>) -> tensor<f32>
    %2502 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2503 = "stablehlo.add"(%2501, %2502) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2504 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2505 = "stablehlo.power"(%2504, %2483) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2506 = "stablehlo.negate"(%2505) : (tensor<f32>) -> tensor<f32>
    %2507 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2508 = "stablehlo.add"(%2506, %2507) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2509 = "stablehlo.broadcast_in_dim"(%2503) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2510 = "stablehlo.divide"(%2490, %2509) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2511 = "stablehlo.sqrt"(%2508) : (tensor<f32>) -> tensor<f32>
    %2512 = "stablehlo.sqrt"(%2498) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2513 = "stablehlo.broadcast_in_dim"(%2511) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2514 = "stablehlo.divide"(%2512, %2513) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2515 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2516 = "stablehlo.broadcast_in_dim"(%2515) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2517 = "stablehlo.add"(%2514, %2516) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2518 = "stablehlo.divide"(%2510, %2517) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2519 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2520 = "stablehlo.multiply"(%2518, %2519) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2521 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2522 = "stablehlo.multiply"(%2337, %2521) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2523 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2524 = "stablehlo.add"(%2522, %2523) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2525 = "stablehlo.broadcast_in_dim"(%2524) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2526 = "stablehlo.multiply"(%arg9, %2525) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2527 = "stablehlo.subtract"(%2526, %2520) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2531 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2532 = "stablehlo.add"(%arg109, %2531) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2533 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2534 = "stablehlo.broadcast_in_dim"(%2533) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2535 = "stablehlo.multiply"(%arg107, %2534) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2536 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2537 = "stablehlo.broadcast_in_dim"(%2536) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2538 = "stablehlo.multiply"(%2151, %2537) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2539 = "stablehlo.add"(%2535, %2538) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2540 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2541 = "stablehlo.broadcast_in_dim"(%2540) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2542 = "stablehlo.multiply"(%arg108, %2541) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2543 = "stablehlo.multiply"(%2151, %2151) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2544 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2545 = "stablehlo.broadcast_in_dim"(%2544) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2546 = "stablehlo.multiply"(%2543, %2545) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2547 = "stablehlo.add"(%2542, %2546) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2548 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2549 = "stablehlo.power"(%2548, %2532) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2550 = "stablehlo.negate"(%2549) : (tensor<f32>) -> tensor<f32>
    %2551 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2552 = "stablehlo.add"(%2550, %2551) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2553 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2554 = "stablehlo.power"(%2553, %2532) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2555 = "stablehlo.negate"(%2554) : (tensor<f32>) -> tensor<f32>
    %2556 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2557 = "stablehlo.add"(%2555, %2556) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2558 = "stablehlo.broadcast_in_dim"(%2552) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2559 = "stablehlo.divide"(%2539, %2558) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2560 = "stablehlo.sqrt"(%2557) : (tensor<f32>) -> tensor<f32>
    %2561 = "stablehlo.sqrt"(%2547) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2562 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2563 = "stablehlo.divide"(%2561, %2562) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2564 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2565 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2566 = "stablehlo.add"(%2563, %2565) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2567 = "stablehlo.divide"(%2559, %2566) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2568 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2569 = "stablehlo.multiply"(%2567, %2568) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2570 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2571 = "stablehlo.multiply"(%2337, %2570) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2572 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2573 = "stablehlo.add"(%2571, %2572) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2574 = "stablehlo.broadcast_in_dim"(%2573) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2575 = "stablehlo.multiply"(%arg10, %2574) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2576 = "stablehlo.subtract"(%2575, %2569) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2580 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2581 = "stablehlo.add"(%arg112, %2580) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2582 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2583 = "stablehlo.broadcast_in_dim"(%2582) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2584 = "stablehlo.multiply"(%arg110, %2583) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2585 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2586 = "stablehlo.broadcast_in_dim"(%2585) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2587 = "stablehlo.multiply"(%2153, %2586) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2588 = "stablehlo.add"(%2584, %2587) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2589 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2590 = "stablehlo.broadcast_in_dim"(%2589) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2591 = "stablehlo.multiply"(%arg111, %2590) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2592 = "stablehlo.multiply"(%2153, %2153) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2593 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2594 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2595 = "stablehlo.multiply"(%2592, %2594) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2596 = "stablehlo.add"(%2591, %2595) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2597 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2598 = "stablehlo.power"(%2597, %2581) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2599 = "stablehlo.negate"(%2598) : (tensor<f32>) -> tensor<f32>
    %2600 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2601 = "stablehlo.add"(%2599, %2600) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2602 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2603 = "stablehlo.power"(%2602, %2581) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2604 = "stablehlo.negate"(%2603) : (tensor<f32>) -> tensor<f32>
    %2605 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2606 = "stablehlo.add"(%2604, %2605) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2607 = "stablehlo.broadcast_in_dim"(%2601) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2608 = "stablehlo.divide"(%2588, %2607) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2609 = "stablehlo.sqrt"(%2606) : (tensor<f32>) -> tensor<f32>
    %2610 = "stablehlo.sqrt"(%2596) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2611 = "stablehlo.broadcast_in_dim"(%2609) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2612 = "stablehlo.divide"(%2610, %2611) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2613 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2614 = "stablehlo.broadcast_in_dim"(%2613) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2615 = "stablehlo.add"(%2612, %2614) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2616 = "stablehlo.divide"(%2608, %2615) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2617 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2618 = "stablehlo.multiply"(%2616, %2617) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2619 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2620 = "stablehlo.multiply"(%2337, %2619) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2621 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2622 = "stablehlo.add"(%2620, %2621) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2623 = "stablehlo.broadcast_in_dim"(%2622) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2624 = "stablehlo.multiply"(%arg11, %2623) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2625 = "stablehlo.subtract"(%2624, %2618) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2629 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2630 = "stablehlo.add"(%arg115, %2629) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2631 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2632 = "stablehlo.broadcast_in_dim"(%2631) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2633 = "stablehlo.multiply"(%arg113, %2632) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2634 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2635 = "stablehlo.broadcast_in_dim"(%2634) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2636 = "stablehlo.multiply"(%2155, %2635) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2637 = "stablehlo.add"(%2633, %2636) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2638 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2639 = "stablehlo.broadcast_in_dim"(%2638) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2640 = "stablehlo.multiply"(%arg114, %2639) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2641 = "stablehlo.multiply"(%2155, %2155) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2642 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2643 = "stablehlo.broadcast_in_dim"(%2642) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2644 = "stablehlo.multiply"(%2641, %2643) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2645 = "stablehlo.add"(%2640, %2644) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2646 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2647 = "stablehlo.power"(%2646, %2630) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2648 = "stablehlo.negate"(%2647) : (tensor<f32>) -> tensor<f32>
    %2649 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2650 = "stablehlo.add"(%2648, %2649) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2651 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2652 = "stablehlo.power"(%2651, %2630) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2653 = "stablehlo.negate"(%2652) : (tensor<f32>) -> tensor<f32>
    %2654 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2655 = "stablehlo.add"(%2653, %2654) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2656 = "stablehlo.broadcast_in_dim"(%2650) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2657 = "stablehlo.divide"(%2637, %2656) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2658 = "stablehlo.sqrt"(%2655) : (tensor<f32>) -> tensor<f32>
    %2659 = "stablehlo.sqrt"(%2645) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2660 = "stablehlo.broadcast_in_dim"(%2658) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2661 = "stablehlo.divide"(%2659, %2660) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2662 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2663 = "stablehlo.broadcast_in_dim"(%2662) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2664 = "stablehlo.add"(%2661, %2663) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2665 = "stablehlo.divide"(%2657, %2664) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2666 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2667 = "stablehlo.multiply"(%2665, %2666) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2668 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2669 = "stablehlo.multiply"(%2337, %2668) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2670 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2671 = "stablehlo.add"(%2669, %2670) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2672 = "stablehlo.broadcast_in_dim"(%2671) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2673 = "stablehlo.multiply"(%arg12, %2672) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2674 = "stablehlo.subtract"(%2673, %2667) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2678 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2679 = "stablehlo.add"(%arg118, %2678) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2680 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2681 = "stablehlo.broadcast_in_dim"(%2680) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2682 = "stablehlo.multiply"(%arg116, %2681) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2683 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2684 = "stablehlo.broadcast_in_dim"(%2683) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2685 = "stablehlo.multiply"(%2157, %2684) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2686 = "stablehlo.add"(%2682, %2685) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2687 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2688 = "stablehlo.broadcast_in_dim"(%2687) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2689 = "stablehlo.multiply"(%arg117, %2688) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2690 = "stablehlo.multiply"(%2157, %2157) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2691 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2692 = "stablehlo.broadcast_in_dim"(%2691) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2693 = "stablehlo.multiply"(%2690, %2692) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2694 = "stablehlo.add"(%2689, %2693) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2695 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2696 = "stablehlo.power"(%2695, %2679) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2697 = "stablehlo.negate"(%2696) : (tensor<f32>) -> tensor<f32>
    %2698 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2699 = "stablehlo.add"(%2697, %2698) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2700 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2701 = "stablehlo.power"(%2700, %2679) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2702 = "stablehlo.negate"(%2701) : (tensor<f32>) -> tensor<f32>
    %2703 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2704 = "stablehlo.add"(%2702, %2703) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2705 = "stablehlo.broadcast_in_dim"(%2699) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2706 = "stablehlo.divide"(%2686, %2705) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2707 = "stablehlo.sqrt"(%2704) : (tensor<f32>) -> tensor<f32>
    %2708 = "stablehlo.sqrt"(%2694) : (tensor<128xf32>) -> tensor<128xf32>
    %2709 = "stablehlo.broadcast_in_dim"(%2707) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2710 = "stablehlo.divide"(%2708, %2709) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2711 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2712 = "stablehlo.broadcast_in_dim"(%2711) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2713 = "stablehlo.add"(%2710, %2712) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2714 = "stablehlo.divide"(%2706, %2713) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2715 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2716 = "stablehlo.multiply"(%2714, %2715) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2717 = "stablehlo.subtract"(%arg13, %2716) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2721 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2722 = "stablehlo.add"(%arg121, %2721) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2723 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2724 = "stablehlo.broadcast_in_dim"(%2723) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2725 = "stablehlo.multiply"(%arg119, %2724) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2726 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2727 = "stablehlo.broadcast_in_dim"(%2726) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2728 = "stablehlo.multiply"(%2159, %2727) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2729 = "stablehlo.add"(%2725, %2728) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2730 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2731 = "stablehlo.broadcast_in_dim"(%2730) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2732 = "stablehlo.multiply"(%arg120, %2731) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2733 = "stablehlo.multiply"(%2159, %2159) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2734 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2735 = "stablehlo.broadcast_in_dim"(%2734) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2736 = "stablehlo.multiply"(%2733, %2735) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2737 = "stablehlo.add"(%2732, %2736) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2738 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2739 = "stablehlo.power"(%2738, %2722) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2740 = "stablehlo.negate"(%2739) : (tensor<f32>) -> tensor<f32>
    %2741 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2742 = "stablehlo.add"(%2740, %2741) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2743 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2744 = "stablehlo.power"(%2743, %2722) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2745 = "stablehlo.negate"(%2744) : (tensor<f32>) -> tensor<f32>
    %2746 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2747 = "stablehlo.add"(%2745, %2746) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2748 = "stablehlo.broadcast_in_dim"(%2742) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2749 = "stablehlo.divide"(%2729, %2748) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2750 = "stablehlo.sqrt"(%2747) : (tensor<f32>) -> tensor<f32>
    %2751 = "stablehlo.sqrt"(%2737) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %2752 = "stablehlo.broadcast_in_dim"(%2750) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2753 = "stablehlo.divide"(%2751, %2752) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2754 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2755 = "stablehlo.broadcast_in_dim"(%2754) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2756 = "stablehlo.add"(%2753, %2755) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2757 = "stablehlo.divide"(%2749, %2756) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2758 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2759 = "stablehlo.multiply"(%2757, %2758) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2760 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2761 = "stablehlo.multiply"(%2337, %2760) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2762 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2763 = "stablehlo.add"(%2761, %2762) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2764 = "stablehlo.broadcast_in_dim"(%2763) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2765 = "stablehlo.multiply"(%arg14, %2764) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2766 = "stablehlo.subtract"(%2765, %2759) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2770 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2771 = "stablehlo.add"(%arg124, %2770) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2772 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2773 = "stablehlo.broadcast_in_dim"(%2772) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2774 = "stablehlo.multiply"(%arg122, %2773) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2775 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2776 = "stablehlo.broadcast_in_dim"(%2775) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2777 = "stablehlo.multiply"(%2161, %2776) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2778 = "stablehlo.add"(%2774, %2777) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2779 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2780 = "stablehlo.broadcast_in_dim"(%2779) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2781 = "stablehlo.multiply"(%arg123, %2780) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2782 = "stablehlo.multiply"(%2161, %2161) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2783 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2784 = "stablehlo.broadcast_in_dim"(%2783) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2785 = "stablehlo.multiply"(%2782, %2784) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2786 = "stablehlo.add"(%2781, %2785) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2787 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2788 = "stablehlo.power"(%2787, %2771) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2789 = "stablehlo.negate"(%2788) : (tensor<f32>) -> tensor<f32>
    %2790 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2791 = "stablehlo.add"(%2789, %2790) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2792 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2793 = "stablehlo.power"(%2792, %2771) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2794 = "stablehlo.negate"(%2793) : (tensor<f32>) -> tensor<f32>
    %2795 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2796 = "stablehlo.add"(%2794, %2795) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2797 = "stablehlo.broadcast_in_dim"(%2791) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2798 = "stablehlo.divide"(%2778, %2797) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2799 = "stablehlo.sqrt"(%2796) : (tensor<f32>) -> tensor<f32>
    %2800 = "stablehlo.sqrt"(%2786) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %2801 = "stablehlo.broadcast_in_dim"(%2799) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2802 = "stablehlo.divide"(%2800, %2801) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2803 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2804 = "stablehlo.broadcast_in_dim"(%2803) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2805 = "stablehlo.add"(%2802, %2804) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2806 = "stablehlo.divide"(%2798, %2805) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2807 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2808 = "stablehlo.multiply"(%2806, %2807) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2809 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2810 = "stablehlo.multiply"(%2337, %2809) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2811 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2812 = "stablehlo.add"(%2810, %2811) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2813 = "stablehlo.broadcast_in_dim"(%2812) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2814 = "stablehlo.multiply"(%arg15, %2813) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2815 = "stablehlo.subtract"(%2814, %2808) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2819 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2820 = "stablehlo.add"(%arg127, %2819) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2821 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2822 = "stablehlo.broadcast_in_dim"(%2821) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2823 = "stablehlo.multiply"(%arg125, %2822) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2824 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2825 = "stablehlo.broadcast_in_dim"(%2824) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2826 = "stablehlo.multiply"(%2163, %2825) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2827 = "stablehlo.add"(%2823, %2826) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2828 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2829 = "stablehlo.broadcast_in_dim"(%2828) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2830 = "stablehlo.multiply"(%arg126, %2829) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2831 = "stablehlo.multiply"(%2163, %2163) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2832 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2833 = "stablehlo.broadcast_in_dim"(%2832) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2834 = "stablehlo.multiply"(%2831, %2833) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2835 = "stablehlo.add"(%2830, %2834) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2836 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2837 = "stablehlo.power"(%2836, %2820) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2838 = "stablehlo.negate"(%2837) : (tensor<f32>) -> tensor<f32>
    %2839 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2840 = "stablehlo.add"(%2838, %2839) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2841 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2842 = "stablehlo.power"(%2841, %2820) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2843 = "stablehlo.negate"(%2842) : (tensor<f32>) -> tensor<f32>
    %2844 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2845 = "stablehlo.add"(%2843, %2844) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2846 = "stablehlo.broadcast_in_dim"(%2840) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2847 = "stablehlo.divide"(%2827, %2846) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2848 = "stablehlo.sqrt"(%2845) : (tensor<f32>) -> tensor<f32>
    %2849 = "stablehlo.sqrt"(%2835) : (tensor<128xf32>) -> tensor<128xf32>
    %2850 = "stablehlo.broadcast_in_dim"(%2848) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2851 = "stablehlo.divide"(%2849, %2850) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2852 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2853 = "stablehlo.broadcast_in_dim"(%2852) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2854 = "stablehlo.add"(%2851, %2853) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2855 = "stablehlo.divide"(%2847, %2854) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2856 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2857 = "stablehlo.multiply"(%2855, %2856) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2858 = "stablehlo.subtract"(%arg16, %2857) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2862 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2863 = "stablehlo.add"(%arg130, %2862) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2864 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2865 = "stablehlo.broadcast_in_dim"(%2864) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2866 = "stablehlo.multiply"(%arg128, %2865) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2867 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2868 = "stablehlo.broadcast_in_dim"(%2867) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2869 = "stablehlo.multiply"(%2165, %2868) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2870 = "stablehlo.add"(%2866, %2869) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2871 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2872 = "stablehlo.broadcast_in_dim"(%2871) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2873 = "stablehlo.multiply"(%arg129, %2872) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2874 = "stablehlo.multiply"(%2165, %2165) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2875 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2876 = "stablehlo.broadcast_in_dim"(%2875) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2877 = "stablehlo.multiply"(%2874, %2876) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2878 = "stablehlo.add"(%2873, %2877) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2879 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2880 = "stablehlo.power"(%2879, %2863) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2881 = "stablehlo.negate"(%2880) : (tensor<f32>) -> tensor<f32>
    %2882 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2883 = "stablehlo.add"(%2881, %2882) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2884 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2885 = "stablehlo.power"(%2884, %2863) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2886 = "stablehlo.negate"(%2885) : (tensor<f32>) -> tensor<f32>
    %2887 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2888 = "stablehlo.add"(%2886, %2887) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2889 = "stablehlo.broadcast_in_dim"(%2883) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2890 = "stablehlo.divide"(%2870, %2889) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2891 = "stablehlo.sqrt"(%2888) : (tensor<f32>) -> tensor<f32>
    %2892 = "stablehlo.sqrt"(%2878) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2893 = "stablehlo.broadcast_in_dim"(%2891) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2894 = "stablehlo.divide"(%2892, %2893) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2895 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2896 = "stablehlo.broadcast_in_dim"(%2895) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2897 = "stablehlo.add"(%2894, %2896) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2898 = "stablehlo.divide"(%2890, %2897) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2899 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2900 = "stablehlo.multiply"(%2898, %2899) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2901 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2902 = "stablehlo.multiply"(%2337, %2901) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2903 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2904 = "stablehlo.add"(%2902, %2903) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2905 = "stablehlo.broadcast_in_dim"(%2904) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2906 = "stablehlo.multiply"(%arg17, %2905) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2907 = "stablehlo.subtract"(%2906, %2900) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2911 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2912 = "stablehlo.add"(%arg133, %2911) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2913 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2914 = "stablehlo.broadcast_in_dim"(%2913) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2915 = "stablehlo.multiply"(%arg131, %2914) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2916 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2917 = "stablehlo.broadcast_in_dim"(%2916) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2918 = "stablehlo.multiply"(%2167, %2917) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2919 = "stablehlo.add"(%2915, %2918) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2920 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2921 = "stablehlo.broadcast_in_dim"(%2920) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2922 = "stablehlo.multiply"(%arg132, %2921) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2923 = "stablehlo.multiply"(%2167, %2167) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2924 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2925 = "stablehlo.broadcast_in_dim"(%2924) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2926 = "stablehlo.multiply"(%2923, %2925) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2927 = "stablehlo.add"(%2922, %2926) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2928 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2929 = "stablehlo.power"(%2928, %2912) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2930 = "stablehlo.negate"(%2929) : (tensor<f32>) -> tensor<f32>
    %2931 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2932 = "stablehlo.add"(%2930, %2931) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2933 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2934 = "stablehlo.power"(%2933, %2912) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2935 = "stablehlo.negate"(%2934) : (tensor<f32>) -> tensor<f32>
    %2936 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2937 = "stablehlo.add"(%2935, %2936) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2938 = "stablehlo.broadcast_in_dim"(%2932) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2939 = "stablehlo.divide"(%2919, %2938) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2940 = "stablehlo.sqrt"(%2937) : (tensor<f32>) -> tensor<f32>
    %2941 = "stablehlo.sqrt"(%2927) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2942 = "stablehlo.broadcast_in_dim"(%2940) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2943 = "stablehlo.divide"(%2941, %2942) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2944 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2945 = "stablehlo.broadcast_in_dim"(%2944) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2946 = "stablehlo.add"(%2943, %2945) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2947 = "stablehlo.divide"(%2939, %2946) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2948 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2949 = "stablehlo.multiply"(%2947, %2948) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2950 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2951 = "stablehlo.multiply"(%2337, %2950) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2952 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2953 = "stablehlo.add"(%2951, %2952) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2954 = "stablehlo.broadcast_in_dim"(%2953) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2955 = "stablehlo.multiply"(%arg18, %2954) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2956 = "stablehlo.subtract"(%2955, %2949) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2960 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2961 = "stablehlo.add"(%arg136, %2960) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2962 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2963 = "stablehlo.broadcast_in_dim"(%2962) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2964 = "stablehlo.multiply"(%arg134, %2963) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2965 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2966 = "stablehlo.broadcast_in_dim"(%2965) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2967 = "stablehlo.multiply"(%2169, %2966) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2968 = "stablehlo.add"(%2964, %2967) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2969 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2970 = "stablehlo.broadcast_in_dim"(%2969) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2971 = "stablehlo.multiply"(%arg135, %2970) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2972 = "stablehlo.multiply"(%2169, %2169) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2973 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2974 = "stablehlo.broadcast_in_dim"(%2973) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2975 = "stablehlo.multiply"(%2972, %2974) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2976 = "stablehlo.add"(%2971, %2975) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2977 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2978 = "stablehlo.power"(%2977, %2961) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2979 = "stablehlo.negate"(%2978) : (tensor<f32>) -> tensor<f32>
    %2980 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2981 = "stablehlo.add"(%2979, %2980) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2982 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2983 = "stablehlo.power"(%2982, %2961) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2984 = "stablehlo.negate"(%2983) : (tensor<f32>) -> tensor<f32>
    %2985 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2986 = "stablehlo.add"(%2984, %2985) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2987 = "stablehlo.broadcast_in_dim"(%2981) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2988 = "stablehlo.divide"(%2968, %2987) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2989 = "stablehlo.sqrt"(%2986) : (tensor<f32>) -> tensor<f32>
    %2990 = "stablehlo.sqrt"(%2976) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2991 = "stablehlo.broadcast_in_dim"(%2989) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2992 = "stablehlo.divide"(%2990, %2991) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2993 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2994 = "stablehlo.broadcast_in_dim"(%2993) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2995 = "stablehlo.add"(%2992, %2994) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2996 = "stablehlo.divide"(%2988, %2995) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2997 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2998 = "stablehlo.multiply"(%2996, %2997) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2999 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3000 = "stablehlo.multiply"(%2337, %2999) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3001 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3002 = "stablehlo.add"(%3000, %3001) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3003 = "stablehlo.broadcast_in_dim"(%3002) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3004 = "stablehlo.multiply"(%arg19, %3003) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3005 = "stablehlo.subtract"(%3004, %2998) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3009 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3010 = "stablehlo.add"(%arg139, %3009) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3011 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3012 = "stablehlo.broadcast_in_dim"(%3011) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3013 = "stablehlo.multiply"(%arg137, %3012) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3014 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3015 = "stablehlo.broadcast_in_dim"(%3014) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3016 = "stablehlo.multiply"(%2171, %3015) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3017 = "stablehlo.add"(%3013, %3016) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3018 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3019 = "stablehlo.broadcast_in_dim"(%3018) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3020 = "stablehlo.multiply"(%arg138, %3019) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3021 = "stablehlo.multiply"(%2171, %2171) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3022 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3023 = "stablehlo.broadcast_in_dim"(%3022) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3024 = "stablehlo.multiply"(%3021, %3023) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3025 = "stablehlo.add"(%3020, %3024) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3026 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3027 = "stablehlo.power"(%3026, %3010) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3028 = "stablehlo.negate"(%3027) : (tensor<f32>) -> tensor<f32>
    %3029 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3030 = "stablehlo.add"(%3028, %3029) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3031 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3032 = "stablehlo.power"(%3031, %3010) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3033 = "stablehlo.negate"(%3032) : (tensor<f32>) -> tensor<f32>
    %3034 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3035 = "stablehlo.add"(%3033, %3034) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3036 = "stablehlo.broadcast_in_dim"(%3030) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3037 = "stablehlo.divide"(%3017, %3036) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3038 = "stablehlo.sqrt"(%3035) : (tensor<f32>) -> tensor<f32>
    %3039 = "stablehlo.sqrt"(%3025) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3040 = "stablehlo.broadcast_in_dim"(%3038) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3041 = "stablehlo.divide"(%3039, %3040) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3042 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3043 = "stablehlo.broadcast_in_dim"(%3042) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3044 = "stablehlo.add"(%3041, %3043) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3045 = "stablehlo.divide"(%3037, %3044) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3046 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3047 = "stablehlo.multiply"(%3045, %3046) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3048 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3049 = "stablehlo.multiply"(%2337, %3048) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3050 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3051 = "stablehlo.add"(%3049, %3050) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3052 = "stablehlo.broadcast_in_dim"(%3051) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3053 = "stablehlo.multiply"(%arg20, %3052) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3054 = "stablehlo.subtract"(%3053, %3047) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3058 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3059 = "stablehlo.add"(%arg142, %3058) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3060 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3061 = "stablehlo.broadcast_in_dim"(%3060) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3062 = "stablehlo.multiply"(%arg140, %3061) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3063 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3064 = "stablehlo.broadcast_in_dim"(%3063) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3065 = "stablehlo.multiply"(%2173, %3064) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3066 = "stablehlo.add"(%3062, %3065) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3067 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3068 = "stablehlo.broadcast_in_dim"(%3067) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3069 = "stablehlo.multiply"(%arg141, %3068) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3070 = "stablehlo.multiply"(%2173, %2173) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3071 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3072 = "stablehlo.broadcast_in_dim"(%3071) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3073 = "stablehlo.multiply"(%3070, %3072) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3074 = "stablehlo.add"(%3069, %3073) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3075 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3076 = "stablehlo.power"(%3075, %3059) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3077 = "stablehlo.negate"(%3076) : (tensor<f32>) -> tensor<f32>
    %3078 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3079 = "stablehlo.add"(%3077, %3078) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3080 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3081 = "stablehlo.power"(%3080, %3059) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3082 = "stablehlo.negate"(%3081) : (tensor<f32>) -> tensor<f32>
    %3083 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3084 = "stablehlo.add"(%3082, %3083) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3085 = "stablehlo.broadcast_in_dim"(%3079) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3086 = "stablehlo.divide"(%3066, %3085) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3087 = "stablehlo.sqrt"(%3084) : (tensor<f32>) -> tensor<f32>
    %3088 = "stablehlo.sqrt"(%3074) : (tensor<128xf32>) -> tensor<128xf32>
    %3089 = "stablehlo.broadcast_in_dim"(%3087) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3090 = "stablehlo.divide"(%3088, %3089) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3091 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3092 = "stablehlo.broadcast_in_dim"(%3091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3093 = "stablehlo.add"(%3090, %3092) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3094 = "stablehlo.divide"(%3086, %3093) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3095 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3096 = "stablehlo.multiply"(%3094, %3095) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3097 = "stablehlo.subtract"(%arg21, %3096) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3101 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3102 = "stablehlo.add"(%arg145, %3101) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3103 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3104 = "stablehlo.broadcast_in_dim"(%3103) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3105 = "stablehlo.multiply"(%arg143, %3104) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3106 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3107 = "stablehlo.broadcast_in_dim"(%3106) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3108 = "stablehlo.multiply"(%2175, %3107) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3109 = "stablehlo.add"(%3105, %3108) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3110 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3111 = "stablehlo.broadcast_in_dim"(%3110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3112 = "stablehlo.multiply"(%arg144, %3111) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3113 = "stablehlo.multiply"(%2175, %2175) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3114 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3115 = "stablehlo.broadcast_in_dim"(%3114) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3116 = "stablehlo.multiply"(%3113, %3115) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3117 = "stablehlo.add"(%3112, %3116) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3118 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3119 = "stablehlo.power"(%3118, %3102) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3120 = "stablehlo.negate"(%3119) : (tensor<f32>) -> tensor<f32>
    %3121 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3122 = "stablehlo.add"(%3120, %3121) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3123 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3124 = "stablehlo.power"(%3123, %3102) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3125 = "stablehlo.negate"(%3124) : (tensor<f32>) -> tensor<f32>
    %3126 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3127 = "stablehlo.add"(%3125, %3126) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3128 = "stablehlo.broadcast_in_dim"(%3122) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3129 = "stablehlo.divide"(%3109, %3128) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3130 = "stablehlo.sqrt"(%3127) : (tensor<f32>) -> tensor<f32>
    %3131 = "stablehlo.sqrt"(%3117) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %3132 = "stablehlo.broadcast_in_dim"(%3130) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3133 = "stablehlo.divide"(%3131, %3132) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3134 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3135 = "stablehlo.broadcast_in_dim"(%3134) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3136 = "stablehlo.add"(%3133, %3135) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3137 = "stablehlo.divide"(%3129, %3136) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3138 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3139 = "stablehlo.multiply"(%3137, %3138) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3140 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3141 = "stablehlo.multiply"(%2337, %3140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3142 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3143 = "stablehlo.add"(%3141, %3142) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3144 = "stablehlo.broadcast_in_dim"(%3143) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3145 = "stablehlo.multiply"(%arg22, %3144) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3146 = "stablehlo.subtract"(%3145, %3139) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3150 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3151 = "stablehlo.add"(%arg148, %3150) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3152 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3153 = "stablehlo.broadcast_in_dim"(%3152) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3154 = "stablehlo.multiply"(%arg146, %3153) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3155 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3156 = "stablehlo.broadcast_in_dim"(%3155) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3157 = "stablehlo.multiply"(%2177, %3156) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3158 = "stablehlo.add"(%3154, %3157) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3159 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3160 = "stablehlo.broadcast_in_dim"(%3159) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3161 = "stablehlo.multiply"(%arg147, %3160) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3162 = "stablehlo.multiply"(%2177, %2177) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3163 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3164 = "stablehlo.broadcast_in_dim"(%3163) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3165 = "stablehlo.multiply"(%3162, %3164) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3166 = "stablehlo.add"(%3161, %3165) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3167 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3168 = "stablehlo.power"(%3167, %3151) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3169 = "stablehlo.negate"(%3168) : (tensor<f32>) -> tensor<f32>
    %3170 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3171 = "stablehlo.add"(%3169, %3170) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3172 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3173 = "stablehlo.power"(%3172, %3151) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3174 = "stablehlo.negate"(%3173) : (tensor<f32>) -> tensor<f32>
    %3175 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3176 = "stablehlo.add"(%3174, %3175) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3177 = "stablehlo.broadcast_in_dim"(%3171) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3178 = "stablehlo.divide"(%3158, %3177) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3179 = "stablehlo.sqrt"(%3176) : (tensor<f32>) -> tensor<f32>
    %3180 = "stablehlo.sqrt"(%3166) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %3181 = "stablehlo.broadcast_in_dim"(%3179) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3182 = "stablehlo.divide"(%3180, %3181) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3183 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3184 = "stablehlo.broadcast_in_dim"(%3183) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3185 = "stablehlo.add"(%3182, %3184) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3186 = "stablehlo.divide"(%3178, %3185) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3187 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3188 = "stablehlo.multiply"(%3186, %3187) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3189 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3190 = "stablehlo.multiply"(%2337, %3189) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3191 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3192 = "stablehlo.add"(%3190, %3191) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3193 = "stablehlo.broadcast_in_dim"(%3192) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3194 = "stablehlo.multiply"(%arg23, %3193) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3195 = "stablehlo.subtract"(%3194, %3188) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3199 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3200 = "stablehlo.add"(%arg151, %3199) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3201 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3202 = "stablehlo.broadcast_in_dim"(%3201) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3203 = "stablehlo.multiply"(%arg149, %3202) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3204 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3205 = "stablehlo.broadcast_in_dim"(%3204) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3206 = "stablehlo.multiply"(%2179, %3205) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3207 = "stablehlo.add"(%3203, %3206) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3208 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3209 = "stablehlo.broadcast_in_dim"(%3208) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3210 = "stablehlo.multiply"(%arg150, %3209) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3211 = "stablehlo.multiply"(%2179, %2179) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3212 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3213 = "stablehlo.broadcast_in_dim"(%3212) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3214 = "stablehlo.multiply"(%3211, %3213) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3215 = "stablehlo.add"(%3210, %3214) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3216 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3217 = "stablehlo.power"(%3216, %3200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3218 = "stablehlo.negate"(%3217) : (tensor<f32>) -> tensor<f32>
    %3219 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3220 = "stablehlo.add"(%3218, %3219) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3221 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3222 = "stablehlo.power"(%3221, %3200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3223 = "stablehlo.negate"(%3222) : (tensor<f32>) -> tensor<f32>
    %3224 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3225 = "stablehlo.add"(%3223, %3224) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3226 = "stablehlo.broadcast_in_dim"(%3220) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3227 = "stablehlo.divide"(%3207, %3226) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3228 = "stablehlo.sqrt"(%3225) : (tensor<f32>) -> tensor<f32>
    %3229 = "stablehlo.sqrt"(%3215) : (tensor<128xf32>) -> tensor<128xf32>
    %3230 = "stablehlo.broadcast_in_dim"(%3228) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3231 = "stablehlo.divide"(%3229, %3230) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3232 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3233 = "stablehlo.broadcast_in_dim"(%3232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3234 = "stablehlo.add"(%3231, %3233) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3235 = "stablehlo.divide"(%3227, %3234) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3236 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3237 = "stablehlo.multiply"(%3235, %3236) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3238 = "stablehlo.subtract"(%arg24, %3237) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3242 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3243 = "stablehlo.add"(%arg154, %3242) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3244 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3245 = "stablehlo.broadcast_in_dim"(%3244) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3246 = "stablehlo.multiply"(%arg152, %3245) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3247 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3248 = "stablehlo.broadcast_in_dim"(%3247) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3249 = "stablehlo.multiply"(%2181, %3248) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3250 = "stablehlo.add"(%3246, %3249) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3251 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3252 = "stablehlo.broadcast_in_dim"(%3251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3253 = "stablehlo.multiply"(%arg153, %3252) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3254 = "stablehlo.multiply"(%2181, %2181) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3255 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3256 = "stablehlo.broadcast_in_dim"(%3255) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3257 = "stablehlo.multiply"(%3254, %3256) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3258 = "stablehlo.add"(%3253, %3257) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3259 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3260 = "stablehlo.power"(%3259, %3243) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3261 = "stablehlo.negate"(%3260) : (tensor<f32>) -> tensor<f32>
    %3262 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3263 = "stablehlo.add"(%3261, %3262) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3264 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3265 = "stablehlo.power"(%3264, %3243) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3266 = "stablehlo.negate"(%3265) : (tensor<f32>) -> tensor<f32>
    %3267 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3268 = "stablehlo.add"(%3266, %3267) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3269 = "stablehlo.broadcast_in_dim"(%3263) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3270 = "stablehlo.divide"(%3250, %3269) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3271 = "stablehlo.sqrt"(%3268) : (tensor<f32>) -> tensor<f32>
    %3272 = "stablehlo.sqrt"(%3258) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3273 = "stablehlo.broadcast_in_dim"(%3271) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3274 = "stablehlo.divide"(%3272, %3273) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3275 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3276 = "stablehlo.broadcast_in_dim"(%3275) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3277 = "stablehlo.add"(%3274, %3276) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3278 = "stablehlo.divide"(%3270, %3277) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3279 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3280 = "stablehlo.multiply"(%3278, %3279) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3281 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3282 = "stablehlo.multiply"(%2337, %3281) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3283 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3284 = "stablehlo.add"(%3282, %3283) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3285 = "stablehlo.broadcast_in_dim"(%3284) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3286 = "stablehlo.multiply"(%arg25, %3285) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3287 = "stablehlo.subtract"(%3286, %3280) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3291 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3292 = "stablehlo.add"(%arg157, %3291) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3293 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3294 = "stablehlo.broadcast_in_dim"(%3293) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3295 = "stablehlo.multiply"(%arg155, %3294) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3296 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3297 = "stablehlo.broadcast_in_dim"(%3296) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3298 = "stablehlo.multiply"(%2183, %3297) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3299 = "stablehlo.add"(%3295, %3298) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3300 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3301 = "stablehlo.broadcast_in_dim"(%3300) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3302 = "stablehlo.multiply"(%arg156, %3301) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3303 = "stablehlo.multiply"(%2183, %2183) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3304 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3305 = "stablehlo.broadcast_in_dim"(%3304) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3306 = "stablehlo.multiply"(%3303, %3305) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3307 = "stablehlo.add"(%3302, %3306) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3308 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3309 = "stablehlo.power"(%3308, %3292) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3310 = "stablehlo.negate"(%3309) : (tensor<f32>) -> tensor<f32>
    %3311 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3312 = "stablehlo.add"(%3310, %3311) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3313 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3314 = "stablehlo.power"(%3313, %3292) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3315 = "stablehlo.negate"(%3314) : (tensor<f32>) -> tensor<f32>
    %3316 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3317 = "stablehlo.add"(%3315, %3316) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3318 = "stablehlo.broadcast_in_dim"(%3312) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3319 = "stablehlo.divide"(%3299, %3318) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3320 = "stablehlo.sqrt"(%3317) : (tensor<f32>) -> tensor<f32>
    %3321 = "stablehlo.sqrt"(%3307) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3322 = "stablehlo.broadcast_in_dim"(%3320) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3323 = "stablehlo.divide"(%3321, %3322) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3324 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3325 = "stablehlo.broadcast_in_dim"(%3324) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3326 = "stablehlo.add"(%3323, %3325) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3327 = "stablehlo.divide"(%3319, %3326) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3328 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3329 = "stablehlo.multiply"(%3327, %3328) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3330 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3331 = "stablehlo.multiply"(%2337, %3330) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3332 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3333 = "stablehlo.add"(%3331, %3332) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3334 = "stablehlo.broadcast_in_dim"(%3333) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3335 = "stablehlo.multiply"(%arg26, %3334) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3336 = "stablehlo.subtract"(%3335, %3329) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3340 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3341 = "stablehlo.add"(%arg160, %3340) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3342 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3343 = "stablehlo.broadcast_in_dim"(%3342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3344 = "stablehlo.multiply"(%arg158, %3343) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3345 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3346 = "stablehlo.broadcast_in_dim"(%3345) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3347 = "stablehlo.multiply"(%2185, %3346) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3348 = "stablehlo.add"(%3344, %3347) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3349 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3350 = "stablehlo.broadcast_in_dim"(%3349) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3351 = "stablehlo.multiply"(%arg159, %3350) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3352 = "stablehlo.multiply"(%2185, %2185) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3353 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3354 = "stablehlo.broadcast_in_dim"(%3353) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3355 = "stablehlo.multiply"(%3352, %3354) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3356 = "stablehlo.add"(%3351, %3355) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3357 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3358 = "stablehlo.power"(%3357, %3341) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3359 = "stablehlo.negate"(%3358) : (tensor<f32>) -> tensor<f32>
    %3360 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3361 = "stablehlo.add"(%3359, %3360) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3362 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3363 = "stablehlo.power"(%3362, %3341) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3364 = "stablehlo.negate"(%3363) : (tensor<f32>) -> tensor<f32>
    %3365 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3366 = "stablehlo.add"(%3364, %3365) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3367 = "stablehlo.broadcast_in_dim"(%3361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3368 = "stablehlo.divide"(%3348, %3367) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3369 = "stablehlo.sqrt"(%3366) : (tensor<f32>) -> tensor<f32>
    %3370 = "stablehlo.sqrt"(%3356) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3371 = "stablehlo.broadcast_in_dim"(%3369) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3372 = "stablehlo.divide"(%3370, %3371) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3373 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3374 = "stablehlo.broadcast_in_dim"(%3373) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3375 = "stablehlo.add"(%3372, %3374) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3376 = "stablehlo.divide"(%3368, %3375) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3377 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3378 = "stablehlo.multiply"(%3376, %3377) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3379 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3380 = "stablehlo.multiply"(%2337, %3379) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3381 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3382 = "stablehlo.add"(%3380, %3381) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3383 = "stablehlo.broadcast_in_dim"(%3382) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3384 = "stablehlo.multiply"(%arg27, %3383) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3385 = "stablehlo.subtract"(%3384, %3378) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3389 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3390 = "stablehlo.add"(%arg163, %3389) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3391 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3392 = "stablehlo.broadcast_in_dim"(%3391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3393 = "stablehlo.multiply"(%arg161, %3392) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3394 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3395 = "stablehlo.broadcast_in_dim"(%3394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3396 = "stablehlo.multiply"(%2187, %3395) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3397 = "stablehlo.add"(%3393, %3396) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3398 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3399 = "stablehlo.broadcast_in_dim"(%3398) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3400 = "stablehlo.multiply"(%arg162, %3399) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3401 = "stablehlo.multiply"(%2187, %2187) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3402 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3403 = "stablehlo.broadcast_in_dim"(%3402) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3404 = "stablehlo.multiply"(%3401, %3403) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3405 = "stablehlo.add"(%3400, %3404) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3406 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3407 = "stablehlo.power"(%3406, %3390) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3408 = "stablehlo.negate"(%3407) : (tensor<f32>) -> tensor<f32>
    %3409 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3410 = "stablehlo.add"(%3408, %3409) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3411 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3412 = "stablehlo.power"(%3411, %3390) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3413 = "stablehlo.negate"(%3412) : (tensor<f32>) -> tensor<f32>
    %3414 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3415 = "stablehlo.add"(%3413, %3414) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3416 = "stablehlo.broadcast_in_dim"(%3410) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3417 = "stablehlo.divide"(%3397, %3416) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3418 = "stablehlo.sqrt"(%3415) : (tensor<f32>) -> tensor<f32>
    %3419 = "stablehlo.sqrt"(%3405) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3420 = "stablehlo.broadcast_in_dim"(%3418) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3421 = "stablehlo.divide"(%3419, %3420) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3422 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3423 = "stablehlo.broadcast_in_dim"(%3422) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3424 = "stablehlo.add"(%3421, %3423) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3425 = "stablehlo.divide"(%3417, %3424) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3426 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3427 = "stablehlo.multiply"(%3425, %3426) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3428 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3429 = "stablehlo.multiply"(%2337, %3428) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3430 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3431 = "stablehlo.add"(%3429, %3430) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3432 = "stablehlo.broadcast_in_dim"(%3431) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3433 = "stablehlo.multiply"(%arg28, %3432) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3434 = "stablehlo.subtract"(%3433, %3427) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3438 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3439 = "stablehlo.add"(%arg166, %3438) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3440 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3441 = "stablehlo.broadcast_in_dim"(%3440) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3442 = "stablehlo.multiply"(%arg164, %3441) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3443 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3444 = "stablehlo.broadcast_in_dim"(%3443) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3445 = "stablehlo.multiply"(%2189, %3444) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3446 = "stablehlo.add"(%3442, %3445) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3447 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3448 = "stablehlo.broadcast_in_dim"(%3447) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3449 = "stablehlo.multiply"(%arg165, %3448) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3450 = "stablehlo.multiply"(%2189, %2189) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3451 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3452 = "stablehlo.broadcast_in_dim"(%3451) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3453 = "stablehlo.multiply"(%3450, %3452) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3454 = "stablehlo.add"(%3449, %3453) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3455 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3456 = "stablehlo.power"(%3455, %3439) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3457 = "stablehlo.negate"(%3456) : (tensor<f32>) -> tensor<f32>
    %3458 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3459 = "stablehlo.add"(%3457, %3458) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3460 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3461 = "stablehlo.power"(%3460, %3439) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3462 = "stablehlo.negate"(%3461) : (tensor<f32>) -> tensor<f32>
    %3463 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3464 = "stablehlo.add"(%3462, %3463) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3465 = "stablehlo.broadcast_in_dim"(%3459) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3466 = "stablehlo.divide"(%3446, %3465) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3467 = "stablehlo.sqrt"(%3464) : (tensor<f32>) -> tensor<f32>
    %3468 = "stablehlo.sqrt"(%3454) : (tensor<128xf32>) -> tensor<128xf32>
    %3469 = "stablehlo.broadcast_in_dim"(%3467) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3470 = "stablehlo.divide"(%3468, %3469) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3471 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3472 = "stablehlo.broadcast_in_dim"(%3471) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3473 = "stablehlo.add"(%3470, %3472) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3474 = "stablehlo.divide"(%3466, %3473) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3475 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3476 = "stablehlo.multiply"(%3474, %3475) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3477 = "stablehlo.subtract"(%arg29, %3476) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3481 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3482 = "stablehlo.add"(%arg169, %3481) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3483 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3484 = "stablehlo.broadcast_in_dim"(%3483) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3485 = "stablehlo.multiply"(%arg167, %3484) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3486 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3487 = "stablehlo.broadcast_in_dim"(%3486) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3488 = "stablehlo.multiply"(%2191, %3487) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3489 = "stablehlo.add"(%3485, %3488) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3490 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3491 = "stablehlo.broadcast_in_dim"(%3490) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3492 = "stablehlo.multiply"(%arg168, %3491) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3493 = "stablehlo.multiply"(%2191, %2191) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3494 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3495 = "stablehlo.broadcast_in_dim"(%3494) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3496 = "stablehlo.multiply"(%3493, %3495) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3497 = "stablehlo.add"(%3492, %3496) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3498 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3499 = "stablehlo.power"(%3498, %3482) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3500 = "stablehlo.negate"(%3499) : (tensor<f32>) -> tensor<f32>
    %3501 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3502 = "stablehlo.add"(%3500, %3501) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3503 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3504 = "stablehlo.power"(%3503, %3482) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3505 = "stablehlo.negate"(%3504) : (tensor<f32>) -> tensor<f32>
    %3506 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3507 = "stablehlo.add"(%3505, %3506) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3508 = "stablehlo.broadcast_in_dim"(%3502) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3509 = "stablehlo.divide"(%3489, %3508) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3510 = "stablehlo.sqrt"(%3507) : (tensor<f32>) -> tensor<f32>
    %3511 = "stablehlo.sqrt"(%3497) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %3512 = "stablehlo.broadcast_in_dim"(%3510) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3513 = "stablehlo.divide"(%3511, %3512) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3514 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3515 = "stablehlo.broadcast_in_dim"(%3514) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3516 = "stablehlo.add"(%3513, %3515) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3517 = "stablehlo.divide"(%3509, %3516) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3518 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3519 = "stablehlo.multiply"(%3517, %3518) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3520 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3521 = "stablehlo.multiply"(%2337, %3520) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3522 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3523 = "stablehlo.add"(%3521, %3522) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3524 = "stablehlo.broadcast_in_dim"(%3523) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3525 = "stablehlo.multiply"(%arg30, %3524) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3526 = "stablehlo.subtract"(%3525, %3519) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3530 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3531 = "stablehlo.add"(%arg172, %3530) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3532 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3533 = "stablehlo.broadcast_in_dim"(%3532) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3534 = "stablehlo.multiply"(%arg170, %3533) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3535 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3536 = "stablehlo.broadcast_in_dim"(%3535) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3537 = "stablehlo.multiply"(%2193, %3536) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3538 = "stablehlo.add"(%3534, %3537) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3539 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3540 = "stablehlo.broadcast_in_dim"(%3539) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3541 = "stablehlo.multiply"(%arg171, %3540) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3542 = "stablehlo.multiply"(%2193, %2193) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3543 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3544 = "stablehlo.broadcast_in_dim"(%3543) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3545 = "stablehlo.multiply"(%3542, %3544) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3546 = "stablehlo.add"(%3541, %3545) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3547 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3548 = "stablehlo.power"(%3547, %3531) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3549 = "stablehlo.negate"(%3548) : (tensor<f32>) -> tensor<f32>
    %3550 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3551 = "stablehlo.add"(%3549, %3550) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3552 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3553 = "stablehlo.power"(%3552, %3531) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3554 = "stablehlo.negate"(%3553) : (tensor<f32>) -> tensor<f32>
    %3555 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3556 = "stablehlo.add"(%3554, %3555) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3557 = "stablehlo.broadcast_in_dim"(%3551) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3558 = "stablehlo.divide"(%3538, %3557) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3559 = "stablehlo.sqrt"(%3556) : (tensor<f32>) -> tensor<f32>
    %3560 = "stablehlo.sqrt"(%3546) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %3561 = "stablehlo.broadcast_in_dim"(%3559) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3562 = "stablehlo.divide"(%3560, %3561) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3563 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3564 = "stablehlo.broadcast_in_dim"(%3563) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3565 = "stablehlo.add"(%3562, %3564) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3566 = "stablehlo.divide"(%3558, %3565) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3567 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3568 = "stablehlo.multiply"(%3566, %3567) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3569 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3570 = "stablehlo.multiply"(%2337, %3569) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3571 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3572 = "stablehlo.add"(%3570, %3571) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3573 = "stablehlo.broadcast_in_dim"(%3572) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3574 = "stablehlo.multiply"(%arg31, %3573) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3575 = "stablehlo.subtract"(%3574, %3568) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3579 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3580 = "stablehlo.add"(%arg175, %3579) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3581 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3582 = "stablehlo.broadcast_in_dim"(%3581) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3583 = "stablehlo.multiply"(%arg173, %3582) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3584 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3585 = "stablehlo.broadcast_in_dim"(%3584) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3586 = "stablehlo.multiply"(%2195, %3585) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3587 = "stablehlo.add"(%3583, %3586) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3588 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3589 = "stablehlo.broadcast_in_dim"(%3588) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3590 = "stablehlo.multiply"(%arg174, %3589) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3591 = "stablehlo.multiply"(%2195, %2195) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3592 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3593 = "stablehlo.broadcast_in_dim"(%3592) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3594 = "stablehlo.multiply"(%3591, %3593) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3595 = "stablehlo.add"(%3590, %3594) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3596 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3597 = "stablehlo.power"(%3596, %3580) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3598 = "stablehlo.negate"(%3597) : (tensor<f32>) -> tensor<f32>
    %3599 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3600 = "stablehlo.add"(%3598, %3599) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3601 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3602 = "stablehlo.power"(%3601, %3580) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3603 = "stablehlo.negate"(%3602) : (tensor<f32>) -> tensor<f32>
    %3604 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3605 = "stablehlo.add"(%3603, %3604) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3606 = "stablehlo.broadcast_in_dim"(%3600) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3607 = "stablehlo.divide"(%3587, %3606) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3608 = "stablehlo.sqrt"(%3605) : (tensor<f32>) -> tensor<f32>
    %3609 = "stablehlo.sqrt"(%3595) : (tensor<128xf32>) -> tensor<128xf32>
    %3610 = "stablehlo.broadcast_in_dim"(%3608) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3611 = "stablehlo.divide"(%3609, %3610) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3612 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3613 = "stablehlo.broadcast_in_dim"(%3612) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3614 = "stablehlo.add"(%3611, %3613) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3615 = "stablehlo.divide"(%3607, %3614) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3616 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3617 = "stablehlo.multiply"(%3615, %3616) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3618 = "stablehlo.subtract"(%arg32, %3617) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3622 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3623 = "stablehlo.add"(%arg178, %3622) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3624 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3625 = "stablehlo.broadcast_in_dim"(%3624) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3626 = "stablehlo.multiply"(%arg176, %3625) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3627 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3628 = "stablehlo.broadcast_in_dim"(%3627) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3629 = "stablehlo.multiply"(%2197, %3628) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3630 = "stablehlo.add"(%3626, %3629) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3631 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3632 = "stablehlo.broadcast_in_dim"(%3631) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3633 = "stablehlo.multiply"(%arg177, %3632) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3634 = "stablehlo.multiply"(%2197, %2197) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3635 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3636 = "stablehlo.broadcast_in_dim"(%3635) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3637 = "stablehlo.multiply"(%3634, %3636) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3638 = "stablehlo.add"(%3633, %3637) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3639 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3640 = "stablehlo.power"(%3639, %3623) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3641 = "stablehlo.negate"(%3640) : (tensor<f32>) -> tensor<f32>
    %3642 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3643 = "stablehlo.add"(%3641, %3642) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3644 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3645 = "stablehlo.power"(%3644, %3623) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3646 = "stablehlo.negate"(%3645) : (tensor<f32>) -> tensor<f32>
    %3647 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3648 = "stablehlo.add"(%3646, %3647) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3649 = "stablehlo.broadcast_in_dim"(%3643) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3650 = "stablehlo.divide"(%3630, %3649) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3651 = "stablehlo.sqrt"(%3648) : (tensor<f32>) -> tensor<f32>
    %3652 = "stablehlo.sqrt"(%3638) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3653 = "stablehlo.broadcast_in_dim"(%3651) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3654 = "stablehlo.divide"(%3652, %3653) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3655 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3656 = "stablehlo.broadcast_in_dim"(%3655) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3657 = "stablehlo.add"(%3654, %3656) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3658 = "stablehlo.divide"(%3650, %3657) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3659 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3660 = "stablehlo.multiply"(%3658, %3659) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3661 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3662 = "stablehlo.multiply"(%2337, %3661) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3663 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3664 = "stablehlo.add"(%3662, %3663) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3665 = "stablehlo.broadcast_in_dim"(%3664) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3666 = "stablehlo.multiply"(%arg33, %3665) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3667 = "stablehlo.subtract"(%3666, %3660) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3671 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3672 = "stablehlo.add"(%arg181, %3671) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3673 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3674 = "stablehlo.broadcast_in_dim"(%3673) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3675 = "stablehlo.multiply"(%arg179, %3674) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3676 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3677 = "stablehlo.broadcast_in_dim"(%3676) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3678 = "stablehlo.multiply"(%2199, %3677) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3679 = "stablehlo.add"(%3675, %3678) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3680 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3681 = "stablehlo.broadcast_in_dim"(%3680) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3682 = "stablehlo.multiply"(%arg180, %3681) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3683 = "stablehlo.multiply"(%2199, %2199) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3684 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3685 = "stablehlo.broadcast_in_dim"(%3684) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3686 = "stablehlo.multiply"(%3683, %3685) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3687 = "stablehlo.add"(%3682, %3686) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3688 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3689 = "stablehlo.power"(%3688, %3672) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3690 = "stablehlo.negate"(%3689) : (tensor<f32>) -> tensor<f32>
    %3691 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3692 = "stablehlo.add"(%3690, %3691) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3693 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3694 = "stablehlo.power"(%3693, %3672) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3695 = "stablehlo.negate"(%3694) : (tensor<f32>) -> tensor<f32>
    %3696 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3697 = "stablehlo.add"(%3695, %3696) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3698 = "stablehlo.broadcast_in_dim"(%3692) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3699 = "stablehlo.divide"(%3679, %3698) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3700 = "stablehlo.sqrt"(%3697) : (tensor<f32>) -> tensor<f32>
    %3701 = "stablehlo.sqrt"(%3687) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3702 = "stablehlo.broadcast_in_dim"(%3700) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3703 = "stablehlo.divide"(%3701, %3702) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3704 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3705 = "stablehlo.broadcast_in_dim"(%3704) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3706 = "stablehlo.add"(%3703, %3705) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3707 = "stablehlo.divide"(%3699, %3706) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3708 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3709 = "stablehlo.multiply"(%3707, %3708) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3710 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3711 = "stablehlo.multiply"(%2337, %3710) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3712 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3713 = "stablehlo.add"(%3711, %3712) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3714 = "stablehlo.broadcast_in_dim"(%3713) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3715 = "stablehlo.multiply"(%arg34, %3714) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3716 = "stablehlo.subtract"(%3715, %3709) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3720 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3721 = "stablehlo.add"(%arg184, %3720) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3722 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3723 = "stablehlo.broadcast_in_dim"(%3722) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3724 = "stablehlo.multiply"(%arg182, %3723) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3725 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3726 = "stablehlo.broadcast_in_dim"(%3725) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3727 = "stablehlo.multiply"(%2201, %3726) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3728 = "stablehlo.add"(%3724, %3727) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3729 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3730 = "stablehlo.broadcast_in_dim"(%3729) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3731 = "stablehlo.multiply"(%arg183, %3730) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3732 = "stablehlo.multiply"(%2201, %2201) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3733 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3734 = "stablehlo.broadcast_in_dim"(%3733) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3735 = "stablehlo.multiply"(%3732, %3734) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3736 = "stablehlo.add"(%3731, %3735) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3737 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3738 = "stablehlo.power"(%3737, %3721) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3739 = "stablehlo.negate"(%3738) : (tensor<f32>) -> tensor<f32>
    %3740 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3741 = "stablehlo.add"(%3739, %3740) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3742 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3743 = "stablehlo.power"(%3742, %3721) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3744 = "stablehlo.negate"(%3743) : (tensor<f32>) -> tensor<f32>
    %3745 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3746 = "stablehlo.add"(%3744, %3745) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3747 = "stablehlo.broadcast_in_dim"(%3741) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3748 = "stablehlo.divide"(%3728, %3747) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3749 = "stablehlo.sqrt"(%3746) : (tensor<f32>) -> tensor<f32>
    %3750 = "stablehlo.sqrt"(%3736) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3751 = "stablehlo.broadcast_in_dim"(%3749) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3752 = "stablehlo.divide"(%3750, %3751) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3753 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3754 = "stablehlo.broadcast_in_dim"(%3753) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3755 = "stablehlo.add"(%3752, %3754) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3756 = "stablehlo.divide"(%3748, %3755) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3757 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3758 = "stablehlo.multiply"(%3756, %3757) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3759 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3760 = "stablehlo.multiply"(%2337, %3759) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3761 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3762 = "stablehlo.add"(%3760, %3761) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3763 = "stablehlo.broadcast_in_dim"(%3762) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3764 = "stablehlo.multiply"(%arg35, %3763) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3765 = "stablehlo.subtract"(%3764, %3758) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3769 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3770 = "stablehlo.add"(%arg187, %3769) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3771 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3772 = "stablehlo.broadcast_in_dim"(%3771) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3773 = "stablehlo.multiply"(%arg185, %3772) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3774 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3775 = "stablehlo.broadcast_in_dim"(%3774) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3776 = "stablehlo.multiply"(%2203, %3775) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3777 = "stablehlo.add"(%3773, %3776) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3778 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3779 = "stablehlo.broadcast_in_dim"(%3778) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3780 = "stablehlo.multiply"(%arg186, %3779) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3781 = "stablehlo.multiply"(%2203, %2203) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3782 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3783 = "stablehlo.broadcast_in_dim"(%3782) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3784 = "stablehlo.multiply"(%3781, %3783) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3785 = "stablehlo.add"(%3780, %3784) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3786 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3787 = "stablehlo.power"(%3786, %3770) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3788 = "stablehlo.negate"(%3787) : (tensor<f32>) -> tensor<f32>
    %3789 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3790 = "stablehlo.add"(%3788, %3789) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3791 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3792 = "stablehlo.power"(%3791, %3770) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3793 = "stablehlo.negate"(%3792) : (tensor<f32>) -> tensor<f32>
    %3794 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3795 = "stablehlo.add"(%3793, %3794) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3796 = "stablehlo.broadcast_in_dim"(%3790) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3797 = "stablehlo.divide"(%3777, %3796) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3798 = "stablehlo.sqrt"(%3795) : (tensor<f32>) -> tensor<f32>
    %3799 = "stablehlo.sqrt"(%3785) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3800 = "stablehlo.broadcast_in_dim"(%3798) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3801 = "stablehlo.divide"(%3799, %3800) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3802 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3803 = "stablehlo.broadcast_in_dim"(%3802) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3804 = "stablehlo.add"(%3801, %3803) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3805 = "stablehlo.divide"(%3797, %3804) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3806 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3807 = "stablehlo.multiply"(%3805, %3806) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3808 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3809 = "stablehlo.multiply"(%2337, %3808) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3810 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3811 = "stablehlo.add"(%3809, %3810) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3812 = "stablehlo.broadcast_in_dim"(%3811) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3813 = "stablehlo.multiply"(%arg36, %3812) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3814 = "stablehlo.subtract"(%3813, %3807) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3818 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3819 = "stablehlo.add"(%arg190, %3818) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3820 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3821 = "stablehlo.broadcast_in_dim"(%3820) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3822 = "stablehlo.multiply"(%arg188, %3821) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3823 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3824 = "stablehlo.broadcast_in_dim"(%3823) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3825 = "stablehlo.multiply"(%2205, %3824) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3826 = "stablehlo.add"(%3822, %3825) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3827 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3828 = "stablehlo.broadcast_in_dim"(%3827) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3829 = "stablehlo.multiply"(%arg189, %3828) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3830 = "stablehlo.multiply"(%2205, %2205) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3831 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3832 = "stablehlo.broadcast_in_dim"(%3831) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3833 = "stablehlo.multiply"(%3830, %3832) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3834 = "stablehlo.add"(%3829, %3833) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3835 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3836 = "stablehlo.power"(%3835, %3819) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3837 = "stablehlo.negate"(%3836) : (tensor<f32>) -> tensor<f32>
    %3838 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3839 = "stablehlo.add"(%3837, %3838) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3840 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3841 = "stablehlo.power"(%3840, %3819) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3842 = "stablehlo.negate"(%3841) : (tensor<f32>) -> tensor<f32>
    %3843 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3844 = "stablehlo.add"(%3842, %3843) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3845 = "stablehlo.broadcast_in_dim"(%3839) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3846 = "stablehlo.divide"(%3826, %3845) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3847 = "stablehlo.sqrt"(%3844) : (tensor<f32>) -> tensor<f32>
    %3848 = "stablehlo.sqrt"(%3834) : (tensor<128xf32>) -> tensor<128xf32>
    %3849 = "stablehlo.broadcast_in_dim"(%3847) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3850 = "stablehlo.divide"(%3848, %3849) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3851 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3852 = "stablehlo.broadcast_in_dim"(%3851) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3853 = "stablehlo.add"(%3850, %3852) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3854 = "stablehlo.divide"(%3846, %3853) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3855 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3856 = "stablehlo.multiply"(%3854, %3855) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3857 = "stablehlo.subtract"(%arg37, %3856) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3861 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3862 = "stablehlo.add"(%arg193, %3861) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3863 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3864 = "stablehlo.broadcast_in_dim"(%3863) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3865 = "stablehlo.multiply"(%arg191, %3864) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3866 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3867 = "stablehlo.broadcast_in_dim"(%3866) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3868 = "stablehlo.multiply"(%2207, %3867) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3869 = "stablehlo.add"(%3865, %3868) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3870 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3871 = "stablehlo.broadcast_in_dim"(%3870) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3872 = "stablehlo.multiply"(%arg192, %3871) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3873 = "stablehlo.multiply"(%2207, %2207) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3874 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3875 = "stablehlo.broadcast_in_dim"(%3874) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3876 = "stablehlo.multiply"(%3873, %3875) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3877 = "stablehlo.add"(%3872, %3876) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3878 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3879 = "stablehlo.power"(%3878, %3862) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3880 = "stablehlo.negate"(%3879) : (tensor<f32>) -> tensor<f32>
    %3881 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3882 = "stablehlo.add"(%3880, %3881) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3883 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3884 = "stablehlo.power"(%3883, %3862) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3885 = "stablehlo.negate"(%3884) : (tensor<f32>) -> tensor<f32>
    %3886 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3887 = "stablehlo.add"(%3885, %3886) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3888 = "stablehlo.broadcast_in_dim"(%3882) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3889 = "stablehlo.divide"(%3869, %3888) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3890 = "stablehlo.sqrt"(%3887) : (tensor<f32>) -> tensor<f32>
    %3891 = "stablehlo.sqrt"(%3877) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %3892 = "stablehlo.broadcast_in_dim"(%3890) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3893 = "stablehlo.divide"(%3891, %3892) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3894 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3895 = "stablehlo.broadcast_in_dim"(%3894) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3896 = "stablehlo.add"(%3893, %3895) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3897 = "stablehlo.divide"(%3889, %3896) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3898 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3899 = "stablehlo.multiply"(%3897, %3898) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3900 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3901 = "stablehlo.multiply"(%2337, %3900) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3902 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3903 = "stablehlo.add"(%3901, %3902) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3904 = "stablehlo.broadcast_in_dim"(%3903) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3905 = "stablehlo.multiply"(%arg38, %3904) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3906 = "stablehlo.subtract"(%3905, %3899) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3910 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3911 = "stablehlo.add"(%arg196, %3910) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3912 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3913 = "stablehlo.broadcast_in_dim"(%3912) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3914 = "stablehlo.multiply"(%arg194, %3913) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3915 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3916 = "stablehlo.broadcast_in_dim"(%3915) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3917 = "stablehlo.multiply"(%2209, %3916) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3918 = "stablehlo.add"(%3914, %3917) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3919 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3920 = "stablehlo.broadcast_in_dim"(%3919) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3921 = "stablehlo.multiply"(%arg195, %3920) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3922 = "stablehlo.multiply"(%2209, %2209) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3923 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3924 = "stablehlo.broadcast_in_dim"(%3923) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3925 = "stablehlo.multiply"(%3922, %3924) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3926 = "stablehlo.add"(%3921, %3925) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3927 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3928 = "stablehlo.power"(%3927, %3911) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3929 = "stablehlo.negate"(%3928) : (tensor<f32>) -> tensor<f32>
    %3930 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3931 = "stablehlo.add"(%3929, %3930) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3932 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3933 = "stablehlo.power"(%3932, %3911) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3934 = "stablehlo.negate"(%3933) : (tensor<f32>) -> tensor<f32>
    %3935 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3936 = "stablehlo.add"(%3934, %3935) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3937 = "stablehlo.broadcast_in_dim"(%3931) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3938 = "stablehlo.divide"(%3918, %3937) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3939 = "stablehlo.sqrt"(%3936) : (tensor<f32>) -> tensor<f32>
    %3940 = "stablehlo.sqrt"(%3926) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %3941 = "stablehlo.broadcast_in_dim"(%3939) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3942 = "stablehlo.divide"(%3940, %3941) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3943 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3944 = "stablehlo.broadcast_in_dim"(%3943) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3945 = "stablehlo.add"(%3942, %3944) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3946 = "stablehlo.divide"(%3938, %3945) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3947 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3948 = "stablehlo.multiply"(%3946, %3947) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3949 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3950 = "stablehlo.multiply"(%2337, %3949) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3951 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3952 = "stablehlo.add"(%3950, %3951) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3953 = "stablehlo.broadcast_in_dim"(%3952) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3954 = "stablehlo.multiply"(%arg39, %3953) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3955 = "stablehlo.subtract"(%3954, %3948) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3959 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3960 = "stablehlo.add"(%arg199, %3959) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3961 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3962 = "stablehlo.broadcast_in_dim"(%3961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3963 = "stablehlo.multiply"(%arg197, %3962) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3964 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3965 = "stablehlo.broadcast_in_dim"(%3964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3966 = "stablehlo.multiply"(%2211, %3965) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3967 = "stablehlo.add"(%3963, %3966) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3968 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3969 = "stablehlo.broadcast_in_dim"(%3968) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3970 = "stablehlo.multiply"(%arg198, %3969) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3971 = "stablehlo.multiply"(%2211, %2211) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3972 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3973 = "stablehlo.broadcast_in_dim"(%3972) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3974 = "stablehlo.multiply"(%3971, %3973) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3975 = "stablehlo.add"(%3970, %3974) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3976 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3977 = "stablehlo.power"(%3976, %3960) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3978 = "stablehlo.negate"(%3977) : (tensor<f32>) -> tensor<f32>
    %3979 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3980 = "stablehlo.add"(%3978, %3979) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3981 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3982 = "stablehlo.power"(%3981, %3960) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3983 = "stablehlo.negate"(%3982) : (tensor<f32>) -> tensor<f32>
    %3984 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3985 = "stablehlo.add"(%3983, %3984) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3986 = "stablehlo.broadcast_in_dim"(%3980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3987 = "stablehlo.divide"(%3967, %3986) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3988 = "stablehlo.sqrt"(%3985) : (tensor<f32>) -> tensor<f32>
    %3989 = "stablehlo.sqrt"(%3975) : (tensor<128xf32>) -> tensor<128xf32>
    %3990 = "stablehlo.broadcast_in_dim"(%3988) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3991 = "stablehlo.divide"(%3989, %3990) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3992 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3993 = "stablehlo.broadcast_in_dim"(%3992) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3994 = "stablehlo.add"(%3991, %3993) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3995 = "stablehlo.divide"(%3987, %3994) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3996 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3997 = "stablehlo.multiply"(%3995, %3996) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3998 = "stablehlo.subtract"(%arg40, %3997) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4002 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4003 = "stablehlo.add"(%arg202, %4002) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4004 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4005 = "stablehlo.broadcast_in_dim"(%4004) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4006 = "stablehlo.multiply"(%arg200, %4005) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4007 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4008 = "stablehlo.broadcast_in_dim"(%4007) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4009 = "stablehlo.multiply"(%2213, %4008) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4010 = "stablehlo.add"(%4006, %4009) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4011 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4012 = "stablehlo.broadcast_in_dim"(%4011) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4013 = "stablehlo.multiply"(%arg201, %4012) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4014 = "stablehlo.multiply"(%2213, %2213) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4015 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4016 = "stablehlo.broadcast_in_dim"(%4015) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4017 = "stablehlo.multiply"(%4014, %4016) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4018 = "stablehlo.add"(%4013, %4017) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4019 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4020 = "stablehlo.power"(%4019, %4003) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4021 = "stablehlo.negate"(%4020) : (tensor<f32>) -> tensor<f32>
    %4022 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4023 = "stablehlo.add"(%4021, %4022) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4024 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4025 = "stablehlo.power"(%4024, %4003) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4026 = "stablehlo.negate"(%4025) : (tensor<f32>) -> tensor<f32>
    %4027 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4028 = "stablehlo.add"(%4026, %4027) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4029 = "stablehlo.broadcast_in_dim"(%4023) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4030 = "stablehlo.divide"(%4010, %4029) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4031 = "stablehlo.sqrt"(%4028) : (tensor<f32>) -> tensor<f32>
    %4032 = "stablehlo.sqrt"(%4018) : (tensor<32x4xf32>) -> tensor<32x4xf32>
    %4033 = "stablehlo.broadcast_in_dim"(%4031) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4034 = "stablehlo.divide"(%4032, %4033) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4035 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4036 = "stablehlo.broadcast_in_dim"(%4035) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4037 = "stablehlo.add"(%4034, %4036) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4038 = "stablehlo.divide"(%4030, %4037) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4039 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4040 = "stablehlo.multiply"(%4038, %4039) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4041 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4042 = "stablehlo.multiply"(%2337, %4041) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4043 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4044 = "stablehlo.add"(%4042, %4043) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4045 = "stablehlo.broadcast_in_dim"(%4044) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4046 = "stablehlo.multiply"(%arg41, %4045) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4047 = "stablehlo.subtract"(%4046, %4040) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4051 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4052 = "stablehlo.add"(%arg205, %4051) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4053 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4054 = "stablehlo.broadcast_in_dim"(%4053) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4055 = "stablehlo.multiply"(%arg203, %4054) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4056 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4057 = "stablehlo.broadcast_in_dim"(%4056) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4058 = "stablehlo.multiply"(%2215, %4057) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4059 = "stablehlo.add"(%4055, %4058) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4060 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4061 = "stablehlo.broadcast_in_dim"(%4060) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4062 = "stablehlo.multiply"(%arg204, %4061) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4063 = "stablehlo.multiply"(%2215, %2215) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4064 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4065 = "stablehlo.broadcast_in_dim"(%4064) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4066 = "stablehlo.multiply"(%4063, %4065) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4067 = "stablehlo.add"(%4062, %4066) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4068 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4069 = "stablehlo.power"(%4068, %4052) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4070 = "stablehlo.negate"(%4069) : (tensor<f32>) -> tensor<f32>
    %4071 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4072 = "stablehlo.add"(%4070, %4071) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4073 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4074 = "stablehlo.power"(%4073, %4052) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4075 = "stablehlo.negate"(%4074) : (tensor<f32>) -> tensor<f32>
    %4076 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4077 = "stablehlo.add"(%4075, %4076) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4078 = "stablehlo.broadcast_in_dim"(%4072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4079 = "stablehlo.divide"(%4059, %4078) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4080 = "stablehlo.sqrt"(%4077) : (tensor<f32>) -> tensor<f32>
    %4081 = "stablehlo.sqrt"(%4067) : (tensor<128xf32>) -> tensor<128xf32>
    %4082 = "stablehlo.broadcast_in_dim"(%4080) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4083 = "stablehlo.divide"(%4081, %4082) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4084 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4085 = "stablehlo.broadcast_in_dim"(%4084) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4086 = "stablehlo.add"(%4083, %4085) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4087 = "stablehlo.divide"(%4079, %4086) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4088 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4089 = "stablehlo.multiply"(%4087, %4088) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4090 = "stablehlo.subtract"(%arg42, %4089) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4094 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4095 = "stablehlo.add"(%arg208, %4094) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4096 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4097 = "stablehlo.broadcast_in_dim"(%4096) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4098 = "stablehlo.multiply"(%arg206, %4097) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4099 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4100 = "stablehlo.broadcast_in_dim"(%4099) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4101 = "stablehlo.multiply"(%2217, %4100) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4102 = "stablehlo.add"(%4098, %4101) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4103 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4104 = "stablehlo.broadcast_in_dim"(%4103) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4105 = "stablehlo.multiply"(%arg207, %4104) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4106 = "stablehlo.multiply"(%2217, %2217) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4107 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4108 = "stablehlo.broadcast_in_dim"(%4107) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4109 = "stablehlo.multiply"(%4106, %4108) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4110 = "stablehlo.add"(%4105, %4109) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4111 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4112 = "stablehlo.power"(%4111, %4095) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4113 = "stablehlo.negate"(%4112) : (tensor<f32>) -> tensor<f32>
    %4114 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4115 = "stablehlo.add"(%4113, %4114) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4116 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4117 = "stablehlo.power"(%4116, %4095) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4118 = "stablehlo.negate"(%4117) : (tensor<f32>) -> tensor<f32>
    %4119 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4120 = "stablehlo.add"(%4118, %4119) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4121 = "stablehlo.broadcast_in_dim"(%4115) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4122 = "stablehlo.divide"(%4102, %4121) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4123 = "stablehlo.sqrt"(%4120) : (tensor<f32>) -> tensor<f32>
    %4124 = "stablehlo.sqrt"(%4110) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4125 = "stablehlo.broadcast_in_dim"(%4123) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4126 = "stablehlo.divide"(%4124, %4125) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4127 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4128 = "stablehlo.broadcast_in_dim"(%4127) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4129 = "stablehlo.add"(%4126, %4128) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4130 = "stablehlo.divide"(%4122, %4129) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4131 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4132 = "stablehlo.multiply"(%4130, %4131) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4133 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4134 = "stablehlo.multiply"(%2337, %4133) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4135 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4136 = "stablehlo.add"(%4134, %4135) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4137 = "stablehlo.broadcast_in_dim"(%4136) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4138 = "stablehlo.multiply"(%arg43, %4137) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4139 = "stablehlo.subtract"(%4138, %4132) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4143 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4144 = "stablehlo.add"(%arg211, %4143) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4145 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4146 = "stablehlo.broadcast_in_dim"(%4145) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4147 = "stablehlo.multiply"(%arg209, %4146) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4148 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4149 = "stablehlo.broadcast_in_dim"(%4148) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4150 = "stablehlo.multiply"(%2219, %4149) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4151 = "stablehlo.add"(%4147, %4150) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4152 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4153 = "stablehlo.broadcast_in_dim"(%4152) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4154 = "stablehlo.multiply"(%arg210, %4153) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4155 = "stablehlo.multiply"(%2219, %2219) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4156 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4157 = "stablehlo.broadcast_in_dim"(%4156) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4158 = "stablehlo.multiply"(%4155, %4157) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4159 = "stablehlo.add"(%4154, %4158) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4160 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4161 = "stablehlo.power"(%4160, %4144) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4162 = "stablehlo.negate"(%4161) : (tensor<f32>) -> tensor<f32>
    %4163 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4164 = "stablehlo.add"(%4162, %4163) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4165 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4166 = "stablehlo.power"(%4165, %4144) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4167 = "stablehlo.negate"(%4166) : (tensor<f32>) -> tensor<f32>
    %4168 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4169 = "stablehlo.add"(%4167, %4168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4170 = "stablehlo.broadcast_in_dim"(%4164) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4171 = "stablehlo.divide"(%4151, %4170) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4172 = "stablehlo.sqrt"(%4169) : (tensor<f32>) -> tensor<f32>
    %4173 = "stablehlo.sqrt"(%4159) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4174 = "stablehlo.broadcast_in_dim"(%4172) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4175 = "stablehlo.divide"(%4173, %4174) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4176 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4177 = "stablehlo.broadcast_in_dim"(%4176) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4178 = "stablehlo.add"(%4175, %4177) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4179 = "stablehlo.divide"(%4171, %4178) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4180 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4181 = "stablehlo.multiply"(%4179, %4180) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4182 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4183 = "stablehlo.multiply"(%2337, %4182) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4184 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4185 = "stablehlo.add"(%4183, %4184) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4186 = "stablehlo.broadcast_in_dim"(%4185) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4187 = "stablehlo.multiply"(%arg44, %4186) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4188 = "stablehlo.subtract"(%4187, %4181) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4192 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4193 = "stablehlo.add"(%arg214, %4192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4194 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4195 = "stablehlo.broadcast_in_dim"(%4194) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4196 = "stablehlo.multiply"(%arg212, %4195) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4197 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4198 = "stablehlo.broadcast_in_dim"(%4197) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4199 = "stablehlo.multiply"(%2221, %4198) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4200 = "stablehlo.add"(%4196, %4199) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4201 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4202 = "stablehlo.broadcast_in_dim"(%4201) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4203 = "stablehlo.multiply"(%arg213, %4202) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4204 = "stablehlo.multiply"(%2221, %2221) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4205 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4206 = "stablehlo.broadcast_in_dim"(%4205) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4207 = "stablehlo.multiply"(%4204, %4206) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4208 = "stablehlo.add"(%4203, %4207) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4209 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4210 = "stablehlo.power"(%4209, %4193) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4211 = "stablehlo.negate"(%4210) : (tensor<f32>) -> tensor<f32>
    %4212 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4213 = "stablehlo.add"(%4211, %4212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4214 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4215 = "stablehlo.power"(%4214, %4193) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4216 = "stablehlo.negate"(%4215) : (tensor<f32>) -> tensor<f32>
    %4217 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4218 = "stablehlo.add"(%4216, %4217) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4219 = "stablehlo.broadcast_in_dim"(%4213) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4220 = "stablehlo.divide"(%4200, %4219) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4221 = "stablehlo.sqrt"(%4218) : (tensor<f32>) -> tensor<f32>
    %4222 = "stablehlo.sqrt"(%4208) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4223 = "stablehlo.broadcast_in_dim"(%4221) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4224 = "stablehlo.divide"(%4222, %4223) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4225 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4226 = "stablehlo.broadcast_in_dim"(%4225) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4227 = "stablehlo.add"(%4224, %4226) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4228 = "stablehlo.divide"(%4220, %4227) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4229 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4230 = "stablehlo.multiply"(%4228, %4229) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4231 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4232 = "stablehlo.multiply"(%2337, %4231) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4233 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4234 = "stablehlo.add"(%4232, %4233) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4235 = "stablehlo.broadcast_in_dim"(%4234) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4236 = "stablehlo.multiply"(%arg45, %4235) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4237 = "stablehlo.subtract"(%4236, %4230) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4241 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4242 = "stablehlo.add"(%arg217, %4241) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4243 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4244 = "stablehlo.broadcast_in_dim"(%4243) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4245 = "stablehlo.multiply"(%arg215, %4244) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4246 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4247 = "stablehlo.broadcast_in_dim"(%4246) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4248 = "stablehlo.multiply"(%2223, %4247) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4249 = "stablehlo.add"(%4245, %4248) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4250 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4251 = "stablehlo.broadcast_in_dim"(%4250) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4252 = "stablehlo.multiply"(%arg216, %4251) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4253 = "stablehlo.multiply"(%2223, %2223) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4254 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4255 = "stablehlo.broadcast_in_dim"(%4254) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4256 = "stablehlo.multiply"(%4253, %4255) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4257 = "stablehlo.add"(%4252, %4256) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4258 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4259 = "stablehlo.power"(%4258, %4242) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4260 = "stablehlo.negate"(%4259) : (tensor<f32>) -> tensor<f32>
    %4261 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4262 = "stablehlo.add"(%4260, %4261) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4263 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4264 = "stablehlo.power"(%4263, %4242) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4265 = "stablehlo.negate"(%4264) : (tensor<f32>) -> tensor<f32>
    %4266 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4267 = "stablehlo.add"(%4265, %4266) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4268 = "stablehlo.broadcast_in_dim"(%4262) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4269 = "stablehlo.divide"(%4249, %4268) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4270 = "stablehlo.sqrt"(%4267) : (tensor<f32>) -> tensor<f32>
    %4271 = "stablehlo.sqrt"(%4257) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4272 = "stablehlo.broadcast_in_dim"(%4270) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4273 = "stablehlo.divide"(%4271, %4272) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4274 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4275 = "stablehlo.broadcast_in_dim"(%4274) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4276 = "stablehlo.add"(%4273, %4275) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4277 = "stablehlo.divide"(%4269, %4276) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4278 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4279 = "stablehlo.multiply"(%4277, %4278) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4280 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4281 = "stablehlo.multiply"(%2337, %4280) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4282 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4283 = "stablehlo.add"(%4281, %4282) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4284 = "stablehlo.broadcast_in_dim"(%4283) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4285 = "stablehlo.multiply"(%arg46, %4284) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4286 = "stablehlo.subtract"(%4285, %4279) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4290 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4291 = "stablehlo.add"(%arg220, %4290) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4292 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4293 = "stablehlo.broadcast_in_dim"(%4292) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4294 = "stablehlo.multiply"(%arg218, %4293) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4295 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4296 = "stablehlo.broadcast_in_dim"(%4295) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4297 = "stablehlo.multiply"(%2225, %4296) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4298 = "stablehlo.add"(%4294, %4297) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4299 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4300 = "stablehlo.broadcast_in_dim"(%4299) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4301 = "stablehlo.multiply"(%arg219, %4300) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4302 = "stablehlo.multiply"(%2225, %2225) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4303 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4304 = "stablehlo.broadcast_in_dim"(%4303) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4305 = "stablehlo.multiply"(%4302, %4304) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4306 = "stablehlo.add"(%4301, %4305) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4307 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4308 = "stablehlo.power"(%4307, %4291) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4309 = "stablehlo.negate"(%4308) : (tensor<f32>) -> tensor<f32>
    %4310 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4311 = "stablehlo.add"(%4309, %4310) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4312 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4313 = "stablehlo.power"(%4312, %4291) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4314 = "stablehlo.negate"(%4313) : (tensor<f32>) -> tensor<f32>
    %4315 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4316 = "stablehlo.add"(%4314, %4315) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4317 = "stablehlo.broadcast_in_dim"(%4311) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4318 = "stablehlo.divide"(%4298, %4317) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4319 = "stablehlo.sqrt"(%4316) : (tensor<f32>) -> tensor<f32>
    %4320 = "stablehlo.sqrt"(%4306) : (tensor<128xf32>) -> tensor<128xf32>
    %4321 = "stablehlo.broadcast_in_dim"(%4319) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4322 = "stablehlo.divide"(%4320, %4321) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4323 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4324 = "stablehlo.broadcast_in_dim"(%4323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4325 = "stablehlo.add"(%4322, %4324) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4326 = "stablehlo.divide"(%4318, %4325) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4327 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4328 = "stablehlo.multiply"(%4326, %4327) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4329 = "stablehlo.subtract"(%arg47, %4328) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4333 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4334 = "stablehlo.add"(%arg223, %4333) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4335 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4336 = "stablehlo.broadcast_in_dim"(%4335) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4337 = "stablehlo.multiply"(%arg221, %4336) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4338 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4339 = "stablehlo.broadcast_in_dim"(%4338) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4340 = "stablehlo.multiply"(%2227, %4339) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4341 = "stablehlo.add"(%4337, %4340) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4342 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4343 = "stablehlo.broadcast_in_dim"(%4342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4344 = "stablehlo.multiply"(%arg222, %4343) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4345 = "stablehlo.multiply"(%2227, %2227) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4346 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4347 = "stablehlo.broadcast_in_dim"(%4346) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4348 = "stablehlo.multiply"(%4345, %4347) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4349 = "stablehlo.add"(%4344, %4348) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4350 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4351 = "stablehlo.power"(%4350, %4334) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4352 = "stablehlo.negate"(%4351) : (tensor<f32>) -> tensor<f32>
    %4353 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4354 = "stablehlo.add"(%4352, %4353) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4355 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4356 = "stablehlo.power"(%4355, %4334) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4357 = "stablehlo.negate"(%4356) : (tensor<f32>) -> tensor<f32>
    %4358 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4359 = "stablehlo.add"(%4357, %4358) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4360 = "stablehlo.broadcast_in_dim"(%4354) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4361 = "stablehlo.divide"(%4341, %4360) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4362 = "stablehlo.sqrt"(%4359) : (tensor<f32>) -> tensor<f32>
    %4363 = "stablehlo.sqrt"(%4349) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4364 = "stablehlo.broadcast_in_dim"(%4362) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4365 = "stablehlo.divide"(%4363, %4364) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4366 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4367 = "stablehlo.broadcast_in_dim"(%4366) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4368 = "stablehlo.add"(%4365, %4367) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4369 = "stablehlo.divide"(%4361, %4368) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4370 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4371 = "stablehlo.multiply"(%4369, %4370) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4372 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4373 = "stablehlo.multiply"(%2337, %4372) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4374 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4375 = "stablehlo.add"(%4373, %4374) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4376 = "stablehlo.broadcast_in_dim"(%4375) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4377 = "stablehlo.multiply"(%arg48, %4376) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4378 = "stablehlo.subtract"(%4377, %4371) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4382 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4383 = "stablehlo.add"(%arg226, %4382) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4384 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4385 = "stablehlo.broadcast_in_dim"(%4384) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4386 = "stablehlo.multiply"(%arg224, %4385) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4387 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4388 = "stablehlo.broadcast_in_dim"(%4387) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4389 = "stablehlo.multiply"(%2229, %4388) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4390 = "stablehlo.add"(%4386, %4389) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4391 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4392 = "stablehlo.broadcast_in_dim"(%4391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4393 = "stablehlo.multiply"(%arg225, %4392) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4394 = "stablehlo.multiply"(%2229, %2229) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4395 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4396 = "stablehlo.broadcast_in_dim"(%4395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4397 = "stablehlo.multiply"(%4394, %4396) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4398 = "stablehlo.add"(%4393, %4397) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4399 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4400 = "stablehlo.power"(%4399, %4383) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4401 = "stablehlo.negate"(%4400) : (tensor<f32>) -> tensor<f32>
    %4402 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4403 = "stablehlo.add"(%4401, %4402) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4404 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4405 = "stablehlo.power"(%4404, %4383) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4406 = "stablehlo.negate"(%4405) : (tensor<f32>) -> tensor<f32>
    %4407 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4408 = "stablehlo.add"(%4406, %4407) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4409 = "stablehlo.broadcast_in_dim"(%4403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4410 = "stablehlo.divide"(%4390, %4409) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4411 = "stablehlo.sqrt"(%4408) : (tensor<f32>) -> tensor<f32>
    %4412 = "stablehlo.sqrt"(%4398) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4413 = "stablehlo.broadcast_in_dim"(%4411) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4414 = "stablehlo.divide"(%4412, %4413) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4415 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4416 = "stablehlo.broadcast_in_dim"(%4415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4417 = "stablehlo.add"(%4414, %4416) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4418 = "stablehlo.divide"(%4410, %4417) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4419 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4420 = "stablehlo.multiply"(%4418, %4419) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4421 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4422 = "stablehlo.multiply"(%2337, %4421) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4423 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4424 = "stablehlo.add"(%4422, %4423) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4425 = "stablehlo.broadcast_in_dim"(%4424) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4426 = "stablehlo.multiply"(%arg49, %4425) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4427 = "stablehlo.subtract"(%4426, %4420) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4431 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4432 = "stablehlo.add"(%arg229, %4431) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4433 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4434 = "stablehlo.broadcast_in_dim"(%4433) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4435 = "stablehlo.multiply"(%arg227, %4434) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4436 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4437 = "stablehlo.broadcast_in_dim"(%4436) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4438 = "stablehlo.multiply"(%2231, %4437) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4439 = "stablehlo.add"(%4435, %4438) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4440 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4441 = "stablehlo.broadcast_in_dim"(%4440) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4442 = "stablehlo.multiply"(%arg228, %4441) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4443 = "stablehlo.multiply"(%2231, %2231) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4444 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4445 = "stablehlo.broadcast_in_dim"(%4444) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4446 = "stablehlo.multiply"(%4443, %4445) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4447 = "stablehlo.add"(%4442, %4446) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4448 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4449 = "stablehlo.power"(%4448, %4432) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4450 = "stablehlo.negate"(%4449) : (tensor<f32>) -> tensor<f32>
    %4451 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4452 = "stablehlo.add"(%4450, %4451) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4453 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4454 = "stablehlo.power"(%4453, %4432) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4455 = "stablehlo.negate"(%4454) : (tensor<f32>) -> tensor<f32>
    %4456 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4457 = "stablehlo.add"(%4455, %4456) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4458 = "stablehlo.broadcast_in_dim"(%4452) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4459 = "stablehlo.divide"(%4439, %4458) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4460 = "stablehlo.sqrt"(%4457) : (tensor<f32>) -> tensor<f32>
    %4461 = "stablehlo.sqrt"(%4447) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4462 = "stablehlo.broadcast_in_dim"(%4460) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4463 = "stablehlo.divide"(%4461, %4462) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4464 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4465 = "stablehlo.broadcast_in_dim"(%4464) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4466 = "stablehlo.add"(%4463, %4465) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4467 = "stablehlo.divide"(%4459, %4466) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4468 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4469 = "stablehlo.multiply"(%4467, %4468) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4470 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4471 = "stablehlo.multiply"(%2337, %4470) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4472 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4473 = "stablehlo.add"(%4471, %4472) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4474 = "stablehlo.broadcast_in_dim"(%4473) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4475 = "stablehlo.multiply"(%arg50, %4474) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4476 = "stablehlo.subtract"(%4475, %4469) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4480 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4481 = "stablehlo.add"(%arg232, %4480) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4482 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4483 = "stablehlo.broadcast_in_dim"(%4482) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4484 = "stablehlo.multiply"(%arg230, %4483) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4485 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4486 = "stablehlo.broadcast_in_dim"(%4485) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4487 = "stablehlo.multiply"(%2233, %4486) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4488 = "stablehlo.add"(%4484, %4487) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4489 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4490 = "stablehlo.broadcast_in_dim"(%4489) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4491 = "stablehlo.multiply"(%arg231, %4490) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4492 = "stablehlo.multiply"(%2233, %2233) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4493 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4494 = "stablehlo.broadcast_in_dim"(%4493) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4495 = "stablehlo.multiply"(%4492, %4494) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4496 = "stablehlo.add"(%4491, %4495) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4497 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4498 = "stablehlo.power"(%4497, %4481) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4499 = "stablehlo.negate"(%4498) : (tensor<f32>) -> tensor<f32>
    %4500 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4501 = "stablehlo.add"(%4499, %4500) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4502 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4503 = "stablehlo.power"(%4502, %4481) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4504 = "stablehlo.negate"(%4503) : (tensor<f32>) -> tensor<f32>
    %4505 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4506 = "stablehlo.add"(%4504, %4505) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4507 = "stablehlo.broadcast_in_dim"(%4501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4508 = "stablehlo.divide"(%4488, %4507) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4509 = "stablehlo.sqrt"(%4506) : (tensor<f32>) -> tensor<f32>
    %4510 = "stablehlo.sqrt"(%4496) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4511 = "stablehlo.broadcast_in_dim"(%4509) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4512 = "stablehlo.divide"(%4510, %4511) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4513 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4514 = "stablehlo.broadcast_in_dim"(%4513) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4515 = "stablehlo.add"(%4512, %4514) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4516 = "stablehlo.divide"(%4508, %4515) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4517 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4518 = "stablehlo.multiply"(%4516, %4517) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4519 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4520 = "stablehlo.multiply"(%2337, %4519) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4521 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4522 = "stablehlo.add"(%4520, %4521) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4523 = "stablehlo.broadcast_in_dim"(%4522) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4524 = "stablehlo.multiply"(%arg51, %4523) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4525 = "stablehlo.subtract"(%4524, %4518) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4529 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4530 = "stablehlo.add"(%arg235, %4529) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4531 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4532 = "stablehlo.broadcast_in_dim"(%4531) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4533 = "stablehlo.multiply"(%arg233, %4532) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4534 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4535 = "stablehlo.broadcast_in_dim"(%4534) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4536 = "stablehlo.multiply"(%2235, %4535) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4537 = "stablehlo.add"(%4533, %4536) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4538 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4539 = "stablehlo.broadcast_in_dim"(%4538) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4540 = "stablehlo.multiply"(%arg234, %4539) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4541 = "stablehlo.multiply"(%2235, %2235) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4542 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4543 = "stablehlo.broadcast_in_dim"(%4542) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4544 = "stablehlo.multiply"(%4541, %4543) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4545 = "stablehlo.add"(%4540, %4544) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4546 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4547 = "stablehlo.power"(%4546, %4530) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4548 = "stablehlo.negate"(%4547) : (tensor<f32>) -> tensor<f32>
    %4549 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4550 = "stablehlo.add"(%4548, %4549) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4551 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4552 = "stablehlo.power"(%4551, %4530) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4553 = "stablehlo.negate"(%4552) : (tensor<f32>) -> tensor<f32>
    %4554 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4555 = "stablehlo.add"(%4553, %4554) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4556 = "stablehlo.broadcast_in_dim"(%4550) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4557 = "stablehlo.divide"(%4537, %4556) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4558 = "stablehlo.sqrt"(%4555) : (tensor<f32>) -> tensor<f32>
    %4559 = "stablehlo.sqrt"(%4545) : (tensor<128xf32>) -> tensor<128xf32>
    %4560 = "stablehlo.broadcast_in_dim"(%4558) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4561 = "stablehlo.divide"(%4559, %4560) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4562 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4563 = "stablehlo.broadcast_in_dim"(%4562) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4564 = "stablehlo.add"(%4561, %4563) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4565 = "stablehlo.divide"(%4557, %4564) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4566 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4567 = "stablehlo.multiply"(%4565, %4566) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4568 = "stablehlo.subtract"(%arg52, %4567) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4572 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4573 = "stablehlo.add"(%arg238, %4572) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4574 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4575 = "stablehlo.broadcast_in_dim"(%4574) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4576 = "stablehlo.multiply"(%arg236, %4575) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4577 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4578 = "stablehlo.broadcast_in_dim"(%4577) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4579 = "stablehlo.multiply"(%2237, %4578) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4580 = "stablehlo.add"(%4576, %4579) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4581 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4582 = "stablehlo.broadcast_in_dim"(%4581) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4583 = "stablehlo.multiply"(%arg237, %4582) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4584 = "stablehlo.multiply"(%2237, %2237) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4585 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4586 = "stablehlo.broadcast_in_dim"(%4585) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4587 = "stablehlo.multiply"(%4584, %4586) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4588 = "stablehlo.add"(%4583, %4587) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4589 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4590 = "stablehlo.power"(%4589, %4573) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4591 = "stablehlo.negate"(%4590) : (tensor<f32>) -> tensor<f32>
    %4592 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4593 = "stablehlo.add"(%4591, %4592) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4594 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4595 = "stablehlo.power"(%4594, %4573) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4596 = "stablehlo.negate"(%4595) : (tensor<f32>) -> tensor<f32>
    %4597 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4598 = "stablehlo.add"(%4596, %4597) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4599 = "stablehlo.broadcast_in_dim"(%4593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4600 = "stablehlo.divide"(%4580, %4599) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4601 = "stablehlo.sqrt"(%4598) : (tensor<f32>) -> tensor<f32>
    %4602 = "stablehlo.sqrt"(%4588) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %4603 = "stablehlo.broadcast_in_dim"(%4601) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4604 = "stablehlo.divide"(%4602, %4603) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4605 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4606 = "stablehlo.broadcast_in_dim"(%4605) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4607 = "stablehlo.add"(%4604, %4606) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4608 = "stablehlo.divide"(%4600, %4607) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4609 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4610 = "stablehlo.multiply"(%4608, %4609) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4611 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4612 = "stablehlo.multiply"(%2337, %4611) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4613 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4614 = "stablehlo.add"(%4612, %4613) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4615 = "stablehlo.broadcast_in_dim"(%4614) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4616 = "stablehlo.multiply"(%arg53, %4615) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4617 = "stablehlo.subtract"(%4616, %4610) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4621 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4622 = "stablehlo.add"(%arg241, %4621) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4623 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4624 = "stablehlo.broadcast_in_dim"(%4623) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4625 = "stablehlo.multiply"(%arg239, %4624) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4626 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4627 = "stablehlo.broadcast_in_dim"(%4626) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4628 = "stablehlo.multiply"(%2239, %4627) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4629 = "stablehlo.add"(%4625, %4628) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4630 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4631 = "stablehlo.broadcast_in_dim"(%4630) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4632 = "stablehlo.multiply"(%arg240, %4631) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4633 = "stablehlo.multiply"(%2239, %2239) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4634 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4635 = "stablehlo.broadcast_in_dim"(%4634) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4636 = "stablehlo.multiply"(%4633, %4635) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4637 = "stablehlo.add"(%4632, %4636) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4638 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4639 = "stablehlo.power"(%4638, %4622) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4640 = "stablehlo.negate"(%4639) : (tensor<f32>) -> tensor<f32>
    %4641 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4642 = "stablehlo.add"(%4640, %4641) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4643 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4644 = "stablehlo.power"(%4643, %4622) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4645 = "stablehlo.negate"(%4644) : (tensor<f32>) -> tensor<f32>
    %4646 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4647 = "stablehlo.add"(%4645, %4646) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4648 = "stablehlo.broadcast_in_dim"(%4642) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4649 = "stablehlo.divide"(%4629, %4648) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4650 = "stablehlo.sqrt"(%4647) : (tensor<f32>) -> tensor<f32>
    %4651 = "stablehlo.sqrt"(%4637) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %4652 = "stablehlo.broadcast_in_dim"(%4650) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4653 = "stablehlo.divide"(%4651, %4652) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4654 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4655 = "stablehlo.broadcast_in_dim"(%4654) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4656 = "stablehlo.add"(%4653, %4655) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4657 = "stablehlo.divide"(%4649, %4656) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4658 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4659 = "stablehlo.multiply"(%4657, %4658) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4660 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4661 = "stablehlo.multiply"(%2337, %4660) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4662 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4663 = "stablehlo.add"(%4661, %4662) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4664 = "stablehlo.broadcast_in_dim"(%4663) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4665 = "stablehlo.multiply"(%arg54, %4664) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4666 = "stablehlo.subtract"(%4665, %4659) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4670 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4671 = "stablehlo.add"(%arg244, %4670) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4672 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4673 = "stablehlo.broadcast_in_dim"(%4672) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4674 = "stablehlo.multiply"(%arg242, %4673) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4675 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4676 = "stablehlo.broadcast_in_dim"(%4675) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4677 = "stablehlo.multiply"(%2241, %4676) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4678 = "stablehlo.add"(%4674, %4677) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4679 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4680 = "stablehlo.broadcast_in_dim"(%4679) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4681 = "stablehlo.multiply"(%arg243, %4680) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4682 = "stablehlo.multiply"(%2241, %2241) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4683 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4684 = "stablehlo.broadcast_in_dim"(%4683) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4685 = "stablehlo.multiply"(%4682, %4684) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4686 = "stablehlo.add"(%4681, %4685) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4687 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4688 = "stablehlo.power"(%4687, %4671) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4689 = "stablehlo.negate"(%4688) : (tensor<f32>) -> tensor<f32>
    %4690 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4691 = "stablehlo.add"(%4689, %4690) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4692 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4693 = "stablehlo.power"(%4692, %4671) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4694 = "stablehlo.negate"(%4693) : (tensor<f32>) -> tensor<f32>
    %4695 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4696 = "stablehlo.add"(%4694, %4695) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4697 = "stablehlo.broadcast_in_dim"(%4691) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4698 = "stablehlo.divide"(%4678, %4697) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4699 = "stablehlo.sqrt"(%4696) : (tensor<f32>) -> tensor<f32>
    %4700 = "stablehlo.sqrt"(%4686) : (tensor<128xf32>) -> tensor<128xf32>
    %4701 = "stablehlo.broadcast_in_dim"(%4699) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4702 = "stablehlo.divide"(%4700, %4701) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4703 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4704 = "stablehlo.broadcast_in_dim"(%4703) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4705 = "stablehlo.add"(%4702, %4704) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4706 = "stablehlo.divide"(%4698, %4705) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4707 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4708 = "stablehlo.multiply"(%4706, %4707) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4709 = "stablehlo.subtract"(%arg55, %4708) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4713 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4714 = "stablehlo.add"(%arg247, %4713) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4715 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4716 = "stablehlo.broadcast_in_dim"(%4715) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4717 = "stablehlo.multiply"(%arg245, %4716) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4718 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4719 = "stablehlo.broadcast_in_dim"(%4718) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4720 = "stablehlo.multiply"(%2243, %4719) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4721 = "stablehlo.add"(%4717, %4720) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4722 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4723 = "stablehlo.broadcast_in_dim"(%4722) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4724 = "stablehlo.multiply"(%arg246, %4723) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4725 = "stablehlo.multiply"(%2243, %2243) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4726 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4727 = "stablehlo.broadcast_in_dim"(%4726) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4728 = "stablehlo.multiply"(%4725, %4727) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4729 = "stablehlo.add"(%4724, %4728) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4730 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4731 = "stablehlo.power"(%4730, %4714) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4732 = "stablehlo.negate"(%4731) : (tensor<f32>) -> tensor<f32>
    %4733 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4734 = "stablehlo.add"(%4732, %4733) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4735 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4736 = "stablehlo.power"(%4735, %4714) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4737 = "stablehlo.negate"(%4736) : (tensor<f32>) -> tensor<f32>
    %4738 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4739 = "stablehlo.add"(%4737, %4738) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4740 = "stablehlo.broadcast_in_dim"(%4734) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4741 = "stablehlo.divide"(%4721, %4740) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4742 = "stablehlo.sqrt"(%4739) : (tensor<f32>) -> tensor<f32>
    %4743 = "stablehlo.sqrt"(%4729) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4744 = "stablehlo.broadcast_in_dim"(%4742) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4745 = "stablehlo.divide"(%4743, %4744) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4746 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4747 = "stablehlo.broadcast_in_dim"(%4746) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4748 = "stablehlo.add"(%4745, %4747) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4749 = "stablehlo.divide"(%4741, %4748) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4750 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4751 = "stablehlo.multiply"(%4749, %4750) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4752 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4753 = "stablehlo.multiply"(%2337, %4752) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4754 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4755 = "stablehlo.add"(%4753, %4754) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4756 = "stablehlo.broadcast_in_dim"(%4755) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4757 = "stablehlo.multiply"(%arg56, %4756) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4758 = "stablehlo.subtract"(%4757, %4751) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4762 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4763 = "stablehlo.add"(%arg250, %4762) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4764 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4765 = "stablehlo.broadcast_in_dim"(%4764) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4766 = "stablehlo.multiply"(%arg248, %4765) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4767 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4768 = "stablehlo.broadcast_in_dim"(%4767) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4769 = "stablehlo.multiply"(%2245, %4768) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4770 = "stablehlo.add"(%4766, %4769) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4771 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4772 = "stablehlo.broadcast_in_dim"(%4771) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4773 = "stablehlo.multiply"(%arg249, %4772) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4774 = "stablehlo.multiply"(%2245, %2245) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4775 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4776 = "stablehlo.broadcast_in_dim"(%4775) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4777 = "stablehlo.multiply"(%4774, %4776) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4778 = "stablehlo.add"(%4773, %4777) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4779 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4780 = "stablehlo.power"(%4779, %4763) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4781 = "stablehlo.negate"(%4780) : (tensor<f32>) -> tensor<f32>
    %4782 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4783 = "stablehlo.add"(%4781, %4782) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4784 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4785 = "stablehlo.power"(%4784, %4763) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4786 = "stablehlo.negate"(%4785) : (tensor<f32>) -> tensor<f32>
    %4787 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4788 = "stablehlo.add"(%4786, %4787) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4789 = "stablehlo.broadcast_in_dim"(%4783) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4790 = "stablehlo.divide"(%4770, %4789) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4791 = "stablehlo.sqrt"(%4788) : (tensor<f32>) -> tensor<f32>
    %4792 = "stablehlo.sqrt"(%4778) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4793 = "stablehlo.broadcast_in_dim"(%4791) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4794 = "stablehlo.divide"(%4792, %4793) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4795 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4796 = "stablehlo.broadcast_in_dim"(%4795) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4797 = "stablehlo.add"(%4794, %4796) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4798 = "stablehlo.divide"(%4790, %4797) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4799 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4800 = "stablehlo.multiply"(%4798, %4799) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4801 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4802 = "stablehlo.multiply"(%2337, %4801) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4803 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4804 = "stablehlo.add"(%4802, %4803) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4805 = "stablehlo.broadcast_in_dim"(%4804) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4806 = "stablehlo.multiply"(%arg57, %4805) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4807 = "stablehlo.subtract"(%4806, %4800) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4811 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4812 = "stablehlo.add"(%arg253, %4811) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4813 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4814 = "stablehlo.broadcast_in_dim"(%4813) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4815 = "stablehlo.multiply"(%arg251, %4814) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4816 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4817 = "stablehlo.broadcast_in_dim"(%4816) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4818 = "stablehlo.multiply"(%2247, %4817) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4819 = "stablehlo.add"(%4815, %4818) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4820 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4821 = "stablehlo.broadcast_in_dim"(%4820) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4822 = "stablehlo.multiply"(%arg252, %4821) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4823 = "stablehlo.multiply"(%2247, %2247) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4824 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4825 = "stablehlo.broadcast_in_dim"(%4824) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4826 = "stablehlo.multiply"(%4823, %4825) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4827 = "stablehlo.add"(%4822, %4826) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4828 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4829 = "stablehlo.power"(%4828, %4812) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4830 = "stablehlo.negate"(%4829) : (tensor<f32>) -> tensor<f32>
    %4831 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4832 = "stablehlo.add"(%4830, %4831) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4833 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4834 = "stablehlo.power"(%4833, %4812) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4835 = "stablehlo.negate"(%4834) : (tensor<f32>) -> tensor<f32>
    %4836 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4837 = "stablehlo.add"(%4835, %4836) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4838 = "stablehlo.broadcast_in_dim"(%4832) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4839 = "stablehlo.divide"(%4819, %4838) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4840 = "stablehlo.sqrt"(%4837) : (tensor<f32>) -> tensor<f32>
    %4841 = "stablehlo.sqrt"(%4827) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4842 = "stablehlo.broadcast_in_dim"(%4840) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4843 = "stablehlo.divide"(%4841, %4842) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4844 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4845 = "stablehlo.broadcast_in_dim"(%4844) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4846 = "stablehlo.add"(%4843, %4845) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4847 = "stablehlo.divide"(%4839, %4846) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4848 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4849 = "stablehlo.multiply"(%4847, %4848) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4850 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4851 = "stablehlo.multiply"(%2337, %4850) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4852 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4853 = "stablehlo.add"(%4851, %4852) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4854 = "stablehlo.broadcast_in_dim"(%4853) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4855 = "stablehlo.multiply"(%arg58, %4854) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4856 = "stablehlo.subtract"(%4855, %4849) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4860 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4861 = "stablehlo.add"(%arg256, %4860) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4862 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4863 = "stablehlo.broadcast_in_dim"(%4862) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4864 = "stablehlo.multiply"(%arg254, %4863) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4865 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4866 = "stablehlo.broadcast_in_dim"(%4865) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4867 = "stablehlo.multiply"(%2249, %4866) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4868 = "stablehlo.add"(%4864, %4867) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4869 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4870 = "stablehlo.broadcast_in_dim"(%4869) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4871 = "stablehlo.multiply"(%arg255, %4870) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4872 = "stablehlo.multiply"(%2249, %2249) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4873 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4874 = "stablehlo.broadcast_in_dim"(%4873) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4875 = "stablehlo.multiply"(%4872, %4874) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4876 = "stablehlo.add"(%4871, %4875) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4877 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4878 = "stablehlo.power"(%4877, %4861) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4879 = "stablehlo.negate"(%4878) : (tensor<f32>) -> tensor<f32>
    %4880 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4881 = "stablehlo.add"(%4879, %4880) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4882 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4883 = "stablehlo.power"(%4882, %4861) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4884 = "stablehlo.negate"(%4883) : (tensor<f32>) -> tensor<f32>
    %4885 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4886 = "stablehlo.add"(%4884, %4885) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4887 = "stablehlo.broadcast_in_dim"(%4881) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4888 = "stablehlo.divide"(%4868, %4887) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4889 = "stablehlo.sqrt"(%4886) : (tensor<f32>) -> tensor<f32>
    %4890 = "stablehlo.sqrt"(%4876) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4891 = "stablehlo.broadcast_in_dim"(%4889) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4892 = "stablehlo.divide"(%4890, %4891) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4893 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4894 = "stablehlo.broadcast_in_dim"(%4893) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4895 = "stablehlo.add"(%4892, %4894) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4896 = "stablehlo.divide"(%4888, %4895) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4897 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4898 = "stablehlo.multiply"(%4896, %4897) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4899 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4900 = "stablehlo.multiply"(%2337, %4899) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4901 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4902 = "stablehlo.add"(%4900, %4901) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4903 = "stablehlo.broadcast_in_dim"(%4902) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4904 = "stablehlo.multiply"(%arg59, %4903) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4905 = "stablehlo.subtract"(%4904, %4898) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4909 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4910 = "stablehlo.add"(%arg259, %4909) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4911 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4912 = "stablehlo.broadcast_in_dim"(%4911) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4913 = "stablehlo.multiply"(%arg257, %4912) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4914 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4915 = "stablehlo.broadcast_in_dim"(%4914) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4916 = "stablehlo.multiply"(%2251, %4915) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4917 = "stablehlo.add"(%4913, %4916) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4918 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4919 = "stablehlo.broadcast_in_dim"(%4918) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4920 = "stablehlo.multiply"(%arg258, %4919) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4921 = "stablehlo.multiply"(%2251, %2251) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4922 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4923 = "stablehlo.broadcast_in_dim"(%4922) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4924 = "stablehlo.multiply"(%4921, %4923) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4925 = "stablehlo.add"(%4920, %4924) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4926 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4927 = "stablehlo.power"(%4926, %4910) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4928 = "stablehlo.negate"(%4927) : (tensor<f32>) -> tensor<f32>
    %4929 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4930 = "stablehlo.add"(%4928, %4929) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4931 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4932 = "stablehlo.power"(%4931, %4910) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4933 = "stablehlo.negate"(%4932) : (tensor<f32>) -> tensor<f32>
    %4934 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4935 = "stablehlo.add"(%4933, %4934) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4936 = "stablehlo.broadcast_in_dim"(%4930) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4937 = "stablehlo.divide"(%4917, %4936) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4938 = "stablehlo.sqrt"(%4935) : (tensor<f32>) -> tensor<f32>
    %4939 = "stablehlo.sqrt"(%4925) : (tensor<128xf32>) -> tensor<128xf32>
    %4940 = "stablehlo.broadcast_in_dim"(%4938) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4941 = "stablehlo.divide"(%4939, %4940) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4942 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4943 = "stablehlo.broadcast_in_dim"(%4942) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4944 = "stablehlo.add"(%4941, %4943) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4945 = "stablehlo.divide"(%4937, %4944) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4946 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4947 = "stablehlo.multiply"(%4945, %4946) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4948 = "stablehlo.subtract"(%arg60, %4947) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4952 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4953 = "stablehlo.add"(%arg262, %4952) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4954 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4955 = "stablehlo.broadcast_in_dim"(%4954) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4956 = "stablehlo.multiply"(%arg260, %4955) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4957 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4958 = "stablehlo.broadcast_in_dim"(%4957) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4959 = "stablehlo.multiply"(%2253, %4958) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4960 = "stablehlo.add"(%4956, %4959) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4961 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4962 = "stablehlo.broadcast_in_dim"(%4961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4963 = "stablehlo.multiply"(%arg261, %4962) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4964 = "stablehlo.multiply"(%2253, %2253) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4965 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4966 = "stablehlo.broadcast_in_dim"(%4965) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4967 = "stablehlo.multiply"(%4964, %4966) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4968 = "stablehlo.add"(%4963, %4967) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4969 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4970 = "stablehlo.power"(%4969, %4953) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4971 = "stablehlo.negate"(%4970) : (tensor<f32>) -> tensor<f32>
    %4972 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4973 = "stablehlo.add"(%4971, %4972) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4974 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4975 = "stablehlo.power"(%4974, %4953) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4976 = "stablehlo.negate"(%4975) : (tensor<f32>) -> tensor<f32>
    %4977 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4978 = "stablehlo.add"(%4976, %4977) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4979 = "stablehlo.broadcast_in_dim"(%4973) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4980 = "stablehlo.divide"(%4960, %4979) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4981 = "stablehlo.sqrt"(%4978) : (tensor<f32>) -> tensor<f32>
    %4982 = "stablehlo.sqrt"(%4968) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4983 = "stablehlo.broadcast_in_dim"(%4981) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4984 = "stablehlo.divide"(%4982, %4983) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4985 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4986 = "stablehlo.broadcast_in_dim"(%4985) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4987 = "stablehlo.add"(%4984, %4986) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4988 = "stablehlo.divide"(%4980, %4987) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4989 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4990 = "stablehlo.multiply"(%4988, %4989) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4991 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4992 = "stablehlo.multiply"(%2337, %4991) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4993 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4994 = "stablehlo.add"(%4992, %4993) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4995 = "stablehlo.broadcast_in_dim"(%4994) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4996 = "stablehlo.multiply"(%arg61, %4995) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4997 = "stablehlo.subtract"(%4996, %4990) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5001 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5002 = "stablehlo.add"(%arg265, %5001) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5003 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5004 = "stablehlo.broadcast_in_dim"(%5003) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5005 = "stablehlo.multiply"(%arg263, %5004) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5006 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5007 = "stablehlo.broadcast_in_dim"(%5006) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5008 = "stablehlo.multiply"(%2255, %5007) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5009 = "stablehlo.add"(%5005, %5008) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5010 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5011 = "stablehlo.broadcast_in_dim"(%5010) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5012 = "stablehlo.multiply"(%arg264, %5011) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5013 = "stablehlo.multiply"(%2255, %2255) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5014 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5015 = "stablehlo.broadcast_in_dim"(%5014) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5016 = "stablehlo.multiply"(%5013, %5015) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5017 = "stablehlo.add"(%5012, %5016) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5018 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5019 = "stablehlo.power"(%5018, %5002) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5020 = "stablehlo.negate"(%5019) : (tensor<f32>) -> tensor<f32>
    %5021 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5022 = "stablehlo.add"(%5020, %5021) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5023 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5024 = "stablehlo.power"(%5023, %5002) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5025 = "stablehlo.negate"(%5024) : (tensor<f32>) -> tensor<f32>
    %5026 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5027 = "stablehlo.add"(%5025, %5026) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5028 = "stablehlo.broadcast_in_dim"(%5022) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5029 = "stablehlo.divide"(%5009, %5028) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5030 = "stablehlo.sqrt"(%5027) : (tensor<f32>) -> tensor<f32>
    %5031 = "stablehlo.sqrt"(%5017) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5032 = "stablehlo.broadcast_in_dim"(%5030) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5033 = "stablehlo.divide"(%5031, %5032) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5034 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5035 = "stablehlo.broadcast_in_dim"(%5034) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5036 = "stablehlo.add"(%5033, %5035) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5037 = "stablehlo.divide"(%5029, %5036) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5038 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5039 = "stablehlo.multiply"(%5037, %5038) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5040 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5041 = "stablehlo.multiply"(%2337, %5040) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5042 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5043 = "stablehlo.add"(%5041, %5042) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5044 = "stablehlo.broadcast_in_dim"(%5043) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5045 = "stablehlo.multiply"(%arg62, %5044) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5046 = "stablehlo.subtract"(%5045, %5039) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5050 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5051 = "stablehlo.add"(%arg268, %5050) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5052 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5053 = "stablehlo.broadcast_in_dim"(%5052) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5054 = "stablehlo.multiply"(%arg266, %5053) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5055 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5056 = "stablehlo.broadcast_in_dim"(%5055) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5057 = "stablehlo.multiply"(%2257, %5056) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5058 = "stablehlo.add"(%5054, %5057) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5059 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5060 = "stablehlo.broadcast_in_dim"(%5059) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5061 = "stablehlo.multiply"(%arg267, %5060) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5062 = "stablehlo.multiply"(%2257, %2257) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5063 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5064 = "stablehlo.broadcast_in_dim"(%5063) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5065 = "stablehlo.multiply"(%5062, %5064) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5066 = "stablehlo.add"(%5061, %5065) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5067 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5068 = "stablehlo.power"(%5067, %5051) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5069 = "stablehlo.negate"(%5068) : (tensor<f32>) -> tensor<f32>
    %5070 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5071 = "stablehlo.add"(%5069, %5070) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5072 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5073 = "stablehlo.power"(%5072, %5051) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5074 = "stablehlo.negate"(%5073) : (tensor<f32>) -> tensor<f32>
    %5075 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5076 = "stablehlo.add"(%5074, %5075) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5077 = "stablehlo.broadcast_in_dim"(%5071) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5078 = "stablehlo.divide"(%5058, %5077) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5079 = "stablehlo.sqrt"(%5076) : (tensor<f32>) -> tensor<f32>
    %5080 = "stablehlo.sqrt"(%5066) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5081 = "stablehlo.broadcast_in_dim"(%5079) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5082 = "stablehlo.divide"(%5080, %5081) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5083 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5084 = "stablehlo.broadcast_in_dim"(%5083) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5085 = "stablehlo.add"(%5082, %5084) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5086 = "stablehlo.divide"(%5078, %5085) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5087 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5088 = "stablehlo.multiply"(%5086, %5087) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5089 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5090 = "stablehlo.multiply"(%2337, %5089) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5091 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5092 = "stablehlo.add"(%5090, %5091) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5093 = "stablehlo.broadcast_in_dim"(%5092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5094 = "stablehlo.multiply"(%arg63, %5093) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5095 = "stablehlo.subtract"(%5094, %5088) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5099 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5100 = "stablehlo.add"(%arg271, %5099) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5101 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5102 = "stablehlo.broadcast_in_dim"(%5101) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5103 = "stablehlo.multiply"(%arg269, %5102) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5104 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5105 = "stablehlo.broadcast_in_dim"(%5104) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5106 = "stablehlo.multiply"(%2259, %5105) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5107 = "stablehlo.add"(%5103, %5106) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5108 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5109 = "stablehlo.broadcast_in_dim"(%5108) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5110 = "stablehlo.multiply"(%arg270, %5109) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5111 = "stablehlo.multiply"(%2259, %2259) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5112 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5113 = "stablehlo.broadcast_in_dim"(%5112) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5114 = "stablehlo.multiply"(%5111, %5113) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5115 = "stablehlo.add"(%5110, %5114) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5116 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5117 = "stablehlo.power"(%5116, %5100) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5118 = "stablehlo.negate"(%5117) : (tensor<f32>) -> tensor<f32>
    %5119 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5120 = "stablehlo.add"(%5118, %5119) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5121 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5122 = "stablehlo.power"(%5121, %5100) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5123 = "stablehlo.negate"(%5122) : (tensor<f32>) -> tensor<f32>
    %5124 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5125 = "stablehlo.add"(%5123, %5124) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5126 = "stablehlo.broadcast_in_dim"(%5120) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5127 = "stablehlo.divide"(%5107, %5126) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5128 = "stablehlo.sqrt"(%5125) : (tensor<f32>) -> tensor<f32>
    %5129 = "stablehlo.sqrt"(%5115) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5130 = "stablehlo.broadcast_in_dim"(%5128) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5131 = "stablehlo.divide"(%5129, %5130) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5132 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5133 = "stablehlo.broadcast_in_dim"(%5132) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5134 = "stablehlo.add"(%5131, %5133) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5135 = "stablehlo.divide"(%5127, %5134) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5136 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5137 = "stablehlo.multiply"(%5135, %5136) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5138 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5139 = "stablehlo.multiply"(%2337, %5138) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5140 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5141 = "stablehlo.add"(%5139, %5140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5142 = "stablehlo.broadcast_in_dim"(%5141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5143 = "stablehlo.multiply"(%arg64, %5142) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5144 = "stablehlo.subtract"(%5143, %5137) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5148 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5149 = "stablehlo.add"(%arg274, %5148) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5150 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5151 = "stablehlo.broadcast_in_dim"(%5150) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5152 = "stablehlo.multiply"(%arg272, %5151) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5153 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5154 = "stablehlo.broadcast_in_dim"(%5153) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5155 = "stablehlo.multiply"(%2261, %5154) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5156 = "stablehlo.add"(%5152, %5155) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5157 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5158 = "stablehlo.broadcast_in_dim"(%5157) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5159 = "stablehlo.multiply"(%arg273, %5158) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5160 = "stablehlo.multiply"(%2261, %2261) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5161 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5162 = "stablehlo.broadcast_in_dim"(%5161) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5163 = "stablehlo.multiply"(%5160, %5162) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5164 = "stablehlo.add"(%5159, %5163) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5165 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5166 = "stablehlo.power"(%5165, %5149) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5167 = "stablehlo.negate"(%5166) : (tensor<f32>) -> tensor<f32>
    %5168 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5169 = "stablehlo.add"(%5167, %5168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5170 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5171 = "stablehlo.power"(%5170, %5149) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5172 = "stablehlo.negate"(%5171) : (tensor<f32>) -> tensor<f32>
    %5173 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5174 = "stablehlo.add"(%5172, %5173) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5175 = "stablehlo.broadcast_in_dim"(%5169) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5176 = "stablehlo.divide"(%5156, %5175) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5177 = "stablehlo.sqrt"(%5174) : (tensor<f32>) -> tensor<f32>
    %5178 = "stablehlo.sqrt"(%5164) : (tensor<128xf32>) -> tensor<128xf32>
    %5179 = "stablehlo.broadcast_in_dim"(%5177) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5180 = "stablehlo.divide"(%5178, %5179) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5181 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5182 = "stablehlo.broadcast_in_dim"(%5181) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5183 = "stablehlo.add"(%5180, %5182) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5184 = "stablehlo.divide"(%5176, %5183) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5185 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5186 = "stablehlo.multiply"(%5184, %5185) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5187 = "stablehlo.subtract"(%arg65, %5186) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5191 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5192 = "stablehlo.add"(%arg277, %5191) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5193 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5194 = "stablehlo.broadcast_in_dim"(%5193) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5195 = "stablehlo.multiply"(%arg275, %5194) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5196 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5197 = "stablehlo.broadcast_in_dim"(%5196) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5198 = "stablehlo.multiply"(%2263, %5197) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5199 = "stablehlo.add"(%5195, %5198) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5200 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5201 = "stablehlo.broadcast_in_dim"(%5200) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5202 = "stablehlo.multiply"(%arg276, %5201) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5203 = "stablehlo.multiply"(%2263, %2263) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5204 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5205 = "stablehlo.broadcast_in_dim"(%5204) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5206 = "stablehlo.multiply"(%5203, %5205) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5207 = "stablehlo.add"(%5202, %5206) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5208 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5209 = "stablehlo.power"(%5208, %5192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5210 = "stablehlo.negate"(%5209) : (tensor<f32>) -> tensor<f32>
    %5211 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5212 = "stablehlo.add"(%5210, %5211) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5213 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5214 = "stablehlo.power"(%5213, %5192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5215 = "stablehlo.negate"(%5214) : (tensor<f32>) -> tensor<f32>
    %5216 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5217 = "stablehlo.add"(%5215, %5216) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5218 = "stablehlo.broadcast_in_dim"(%5212) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5219 = "stablehlo.divide"(%5199, %5218) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5220 = "stablehlo.sqrt"(%5217) : (tensor<f32>) -> tensor<f32>
    %5221 = "stablehlo.sqrt"(%5207) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %5222 = "stablehlo.broadcast_in_dim"(%5220) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5223 = "stablehlo.divide"(%5221, %5222) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5224 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5225 = "stablehlo.broadcast_in_dim"(%5224) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5226 = "stablehlo.add"(%5223, %5225) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5227 = "stablehlo.divide"(%5219, %5226) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5228 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5229 = "stablehlo.multiply"(%5227, %5228) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5230 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5231 = "stablehlo.multiply"(%2337, %5230) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5232 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5233 = "stablehlo.add"(%5231, %5232) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5234 = "stablehlo.broadcast_in_dim"(%5233) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5235 = "stablehlo.multiply"(%arg66, %5234) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5236 = "stablehlo.subtract"(%5235, %5229) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5240 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5241 = "stablehlo.add"(%arg280, %5240) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5242 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5243 = "stablehlo.broadcast_in_dim"(%5242) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5244 = "stablehlo.multiply"(%arg278, %5243) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5245 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5246 = "stablehlo.broadcast_in_dim"(%5245) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5247 = "stablehlo.multiply"(%2265, %5246) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5248 = "stablehlo.add"(%5244, %5247) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5249 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5250 = "stablehlo.broadcast_in_dim"(%5249) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5251 = "stablehlo.multiply"(%arg279, %5250) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5252 = "stablehlo.multiply"(%2265, %2265) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5253 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5254 = "stablehlo.broadcast_in_dim"(%5253) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5255 = "stablehlo.multiply"(%5252, %5254) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5256 = "stablehlo.add"(%5251, %5255) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5257 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5258 = "stablehlo.power"(%5257, %5241) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5259 = "stablehlo.negate"(%5258) : (tensor<f32>) -> tensor<f32>
    %5260 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5261 = "stablehlo.add"(%5259, %5260) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5262 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5263 = "stablehlo.power"(%5262, %5241) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5264 = "stablehlo.negate"(%5263) : (tensor<f32>) -> tensor<f32>
    %5265 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5266 = "stablehlo.add"(%5264, %5265) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5267 = "stablehlo.broadcast_in_dim"(%5261) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5268 = "stablehlo.divide"(%5248, %5267) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5269 = "stablehlo.sqrt"(%5266) : (tensor<f32>) -> tensor<f32>
    %5270 = "stablehlo.sqrt"(%5256) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %5271 = "stablehlo.broadcast_in_dim"(%5269) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5272 = "stablehlo.divide"(%5270, %5271) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5273 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5274 = "stablehlo.broadcast_in_dim"(%5273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5275 = "stablehlo.add"(%5272, %5274) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5276 = "stablehlo.divide"(%5268, %5275) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5277 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5278 = "stablehlo.multiply"(%5276, %5277) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5279 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5280 = "stablehlo.multiply"(%2337, %5279) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5281 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5282 = "stablehlo.add"(%5280, %5281) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5283 = "stablehlo.broadcast_in_dim"(%5282) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5284 = "stablehlo.multiply"(%arg67, %5283) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5285 = "stablehlo.subtract"(%5284, %5278) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5289 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5290 = "stablehlo.add"(%arg283, %5289) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5291 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5292 = "stablehlo.broadcast_in_dim"(%5291) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5293 = "stablehlo.multiply"(%arg281, %5292) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5294 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5295 = "stablehlo.broadcast_in_dim"(%5294) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5296 = "stablehlo.multiply"(%2267, %5295) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5297 = "stablehlo.add"(%5293, %5296) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5298 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5299 = "stablehlo.broadcast_in_dim"(%5298) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5300 = "stablehlo.multiply"(%arg282, %5299) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5301 = "stablehlo.multiply"(%2267, %2267) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5302 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5303 = "stablehlo.broadcast_in_dim"(%5302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5304 = "stablehlo.multiply"(%5301, %5303) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5305 = "stablehlo.add"(%5300, %5304) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5306 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5307 = "stablehlo.power"(%5306, %5290) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5308 = "stablehlo.negate"(%5307) : (tensor<f32>) -> tensor<f32>
    %5309 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5310 = "stablehlo.add"(%5308, %5309) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5311 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5312 = "stablehlo.power"(%5311, %5290) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5313 = "stablehlo.negate"(%5312) : (tensor<f32>) -> tensor<f32>
    %5314 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5315 = "stablehlo.add"(%5313, %5314) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5316 = "stablehlo.broadcast_in_dim"(%5310) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5317 = "stablehlo.divide"(%5297, %5316) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5318 = "stablehlo.sqrt"(%5315) : (tensor<f32>) -> tensor<f32>
    %5319 = "stablehlo.sqrt"(%5305) : (tensor<128xf32>) -> tensor<128xf32>
    %5320 = "stablehlo.broadcast_in_dim"(%5318) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5321 = "stablehlo.divide"(%5319, %5320) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5322 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5323 = "stablehlo.broadcast_in_dim"(%5322) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5324 = "stablehlo.add"(%5321, %5323) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5325 = "stablehlo.divide"(%5317, %5324) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5326 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5327 = "stablehlo.multiply"(%5325, %5326) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5328 = "stablehlo.subtract"(%arg68, %5327) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5332 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5333 = "stablehlo.add"(%arg286, %5332) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5334 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5335 = "stablehlo.broadcast_in_dim"(%5334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5336 = "stablehlo.multiply"(%arg284, %5335) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5337 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5338 = "stablehlo.broadcast_in_dim"(%5337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5339 = "stablehlo.multiply"(%2269, %5338) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5340 = "stablehlo.add"(%5336, %5339) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5341 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5342 = "stablehlo.broadcast_in_dim"(%5341) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5343 = "stablehlo.multiply"(%arg285, %5342) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5344 = "stablehlo.multiply"(%2269, %2269) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5345 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5346 = "stablehlo.broadcast_in_dim"(%5345) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5347 = "stablehlo.multiply"(%5344, %5346) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5348 = "stablehlo.add"(%5343, %5347) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5349 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5350 = "stablehlo.power"(%5349, %5333) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5351 = "stablehlo.negate"(%5350) : (tensor<f32>) -> tensor<f32>
    %5352 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5353 = "stablehlo.add"(%5351, %5352) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5354 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5355 = "stablehlo.power"(%5354, %5333) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5356 = "stablehlo.negate"(%5355) : (tensor<f32>) -> tensor<f32>
    %5357 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5358 = "stablehlo.add"(%5356, %5357) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5359 = "stablehlo.broadcast_in_dim"(%5353) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5360 = "stablehlo.divide"(%5340, %5359) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5361 = "stablehlo.sqrt"(%5358) : (tensor<f32>) -> tensor<f32>
    %5362 = "stablehlo.sqrt"(%5348) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5363 = "stablehlo.broadcast_in_dim"(%5361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5364 = "stablehlo.divide"(%5362, %5363) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5365 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5366 = "stablehlo.broadcast_in_dim"(%5365) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5367 = "stablehlo.add"(%5364, %5366) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5368 = "stablehlo.divide"(%5360, %5367) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5369 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5370 = "stablehlo.multiply"(%5368, %5369) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5371 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5372 = "stablehlo.multiply"(%2337, %5371) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5373 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5374 = "stablehlo.add"(%5372, %5373) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5375 = "stablehlo.broadcast_in_dim"(%5374) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5376 = "stablehlo.multiply"(%arg69, %5375) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5377 = "stablehlo.subtract"(%5376, %5370) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5381 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5382 = "stablehlo.add"(%arg289, %5381) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5383 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5384 = "stablehlo.broadcast_in_dim"(%5383) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5385 = "stablehlo.multiply"(%arg287, %5384) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5386 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5387 = "stablehlo.broadcast_in_dim"(%5386) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5388 = "stablehlo.multiply"(%2271, %5387) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5389 = "stablehlo.add"(%5385, %5388) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5390 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5391 = "stablehlo.broadcast_in_dim"(%5390) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5392 = "stablehlo.multiply"(%arg288, %5391) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5393 = "stablehlo.multiply"(%2271, %2271) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5394 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5395 = "stablehlo.broadcast_in_dim"(%5394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5396 = "stablehlo.multiply"(%5393, %5395) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5397 = "stablehlo.add"(%5392, %5396) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5398 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5399 = "stablehlo.power"(%5398, %5382) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5400 = "stablehlo.negate"(%5399) : (tensor<f32>) -> tensor<f32>
    %5401 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5402 = "stablehlo.add"(%5400, %5401) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5403 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5404 = "stablehlo.power"(%5403, %5382) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5405 = "stablehlo.negate"(%5404) : (tensor<f32>) -> tensor<f32>
    %5406 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5407 = "stablehlo.add"(%5405, %5406) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5408 = "stablehlo.broadcast_in_dim"(%5402) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5409 = "stablehlo.divide"(%5389, %5408) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5410 = "stablehlo.sqrt"(%5407) : (tensor<f32>) -> tensor<f32>
    %5411 = "stablehlo.sqrt"(%5397) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5412 = "stablehlo.broadcast_in_dim"(%5410) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5413 = "stablehlo.divide"(%5411, %5412) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5414 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5415 = "stablehlo.broadcast_in_dim"(%5414) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5416 = "stablehlo.add"(%5413, %5415) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5417 = "stablehlo.divide"(%5409, %5416) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5418 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5419 = "stablehlo.multiply"(%5417, %5418) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5420 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5421 = "stablehlo.multiply"(%2337, %5420) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5422 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5423 = "stablehlo.add"(%5421, %5422) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5424 = "stablehlo.broadcast_in_dim"(%5423) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5425 = "stablehlo.multiply"(%arg70, %5424) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5426 = "stablehlo.subtract"(%5425, %5419) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5430 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5431 = "stablehlo.add"(%arg292, %5430) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5432 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5433 = "stablehlo.broadcast_in_dim"(%5432) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5434 = "stablehlo.multiply"(%arg290, %5433) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5435 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5436 = "stablehlo.broadcast_in_dim"(%5435) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5437 = "stablehlo.multiply"(%2273, %5436) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5438 = "stablehlo.add"(%5434, %5437) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5439 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5440 = "stablehlo.broadcast_in_dim"(%5439) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5441 = "stablehlo.multiply"(%arg291, %5440) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5442 = "stablehlo.multiply"(%2273, %2273) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5443 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5444 = "stablehlo.broadcast_in_dim"(%5443) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5445 = "stablehlo.multiply"(%5442, %5444) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5446 = "stablehlo.add"(%5441, %5445) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5447 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5448 = "stablehlo.power"(%5447, %5431) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5449 = "stablehlo.negate"(%5448) : (tensor<f32>) -> tensor<f32>
    %5450 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5451 = "stablehlo.add"(%5449, %5450) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5452 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5453 = "stablehlo.power"(%5452, %5431) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5454 = "stablehlo.negate"(%5453) : (tensor<f32>) -> tensor<f32>
    %5455 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5456 = "stablehlo.add"(%5454, %5455) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5457 = "stablehlo.broadcast_in_dim"(%5451) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5458 = "stablehlo.divide"(%5438, %5457) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5459 = "stablehlo.sqrt"(%5456) : (tensor<f32>) -> tensor<f32>
    %5460 = "stablehlo.sqrt"(%5446) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5461 = "stablehlo.broadcast_in_dim"(%5459) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5462 = "stablehlo.divide"(%5460, %5461) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5463 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5464 = "stablehlo.broadcast_in_dim"(%5463) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5465 = "stablehlo.add"(%5462, %5464) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5466 = "stablehlo.divide"(%5458, %5465) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5467 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5468 = "stablehlo.multiply"(%5466, %5467) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5469 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5470 = "stablehlo.multiply"(%2337, %5469) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5471 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5472 = "stablehlo.add"(%5470, %5471) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5473 = "stablehlo.broadcast_in_dim"(%5472) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5474 = "stablehlo.multiply"(%arg71, %5473) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5475 = "stablehlo.subtract"(%5474, %5468) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5479 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5480 = "stablehlo.add"(%arg295, %5479) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5481 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5482 = "stablehlo.broadcast_in_dim"(%5481) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5483 = "stablehlo.multiply"(%arg293, %5482) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5484 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5485 = "stablehlo.broadcast_in_dim"(%5484) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5486 = "stablehlo.multiply"(%2275, %5485) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5487 = "stablehlo.add"(%5483, %5486) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5488 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5489 = "stablehlo.broadcast_in_dim"(%5488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5490 = "stablehlo.multiply"(%arg294, %5489) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5491 = "stablehlo.multiply"(%2275, %2275) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5492 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5493 = "stablehlo.broadcast_in_dim"(%5492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5494 = "stablehlo.multiply"(%5491, %5493) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5495 = "stablehlo.add"(%5490, %5494) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5496 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5497 = "stablehlo.power"(%5496, %5480) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5498 = "stablehlo.negate"(%5497) : (tensor<f32>) -> tensor<f32>
    %5499 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5500 = "stablehlo.add"(%5498, %5499) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5501 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5502 = "stablehlo.power"(%5501, %5480) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5503 = "stablehlo.negate"(%5502) : (tensor<f32>) -> tensor<f32>
    %5504 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5505 = "stablehlo.add"(%5503, %5504) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5506 = "stablehlo.broadcast_in_dim"(%5500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5507 = "stablehlo.divide"(%5487, %5506) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5508 = "stablehlo.sqrt"(%5505) : (tensor<f32>) -> tensor<f32>
    %5509 = "stablehlo.sqrt"(%5495) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5510 = "stablehlo.broadcast_in_dim"(%5508) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5511 = "stablehlo.divide"(%5509, %5510) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5512 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5513 = "stablehlo.broadcast_in_dim"(%5512) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5514 = "stablehlo.add"(%5511, %5513) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5515 = "stablehlo.divide"(%5507, %5514) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5516 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5517 = "stablehlo.multiply"(%5515, %5516) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5518 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5519 = "stablehlo.multiply"(%2337, %5518) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5520 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5521 = "stablehlo.add"(%5519, %5520) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5522 = "stablehlo.broadcast_in_dim"(%5521) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5523 = "stablehlo.multiply"(%arg72, %5522) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5524 = "stablehlo.subtract"(%5523, %5517) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5528 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5529 = "stablehlo.add"(%arg298, %5528) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5530 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5531 = "stablehlo.broadcast_in_dim"(%5530) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5532 = "stablehlo.multiply"(%arg296, %5531) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5533 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5534 = "stablehlo.broadcast_in_dim"(%5533) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5535 = "stablehlo.multiply"(%2277, %5534) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5536 = "stablehlo.add"(%5532, %5535) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5537 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5538 = "stablehlo.broadcast_in_dim"(%5537) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5539 = "stablehlo.multiply"(%arg297, %5538) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5540 = "stablehlo.multiply"(%2277, %2277) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5541 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5542 = "stablehlo.broadcast_in_dim"(%5541) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5543 = "stablehlo.multiply"(%5540, %5542) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5544 = "stablehlo.add"(%5539, %5543) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5545 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5546 = "stablehlo.power"(%5545, %5529) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5547 = "stablehlo.negate"(%5546) : (tensor<f32>) -> tensor<f32>
    %5548 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5549 = "stablehlo.add"(%5547, %5548) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5550 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5551 = "stablehlo.power"(%5550, %5529) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5552 = "stablehlo.negate"(%5551) : (tensor<f32>) -> tensor<f32>
    %5553 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5554 = "stablehlo.add"(%5552, %5553) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5555 = "stablehlo.broadcast_in_dim"(%5549) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5556 = "stablehlo.divide"(%5536, %5555) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5557 = "stablehlo.sqrt"(%5554) : (tensor<f32>) -> tensor<f32>
    %5558 = "stablehlo.sqrt"(%5544) : (tensor<128xf32>) -> tensor<128xf32>
    %5559 = "stablehlo.broadcast_in_dim"(%5557) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5560 = "stablehlo.divide"(%5558, %5559) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5561 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5562 = "stablehlo.broadcast_in_dim"(%5561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5563 = "stablehlo.add"(%5560, %5562) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5564 = "stablehlo.divide"(%5556, %5563) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5565 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5566 = "stablehlo.multiply"(%5564, %5565) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5567 = "stablehlo.subtract"(%arg73, %5566) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5571 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5572 = "stablehlo.add"(%arg301, %5571) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5573 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5574 = "stablehlo.broadcast_in_dim"(%5573) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5575 = "stablehlo.multiply"(%arg299, %5574) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5576 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5577 = "stablehlo.broadcast_in_dim"(%5576) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5578 = "stablehlo.multiply"(%2279, %5577) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5579 = "stablehlo.add"(%5575, %5578) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5580 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5581 = "stablehlo.broadcast_in_dim"(%5580) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5582 = "stablehlo.multiply"(%arg300, %5581) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5583 = "stablehlo.multiply"(%2279, %2279) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5584 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5585 = "stablehlo.broadcast_in_dim"(%5584) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5586 = "stablehlo.multiply"(%5583, %5585) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5587 = "stablehlo.add"(%5582, %5586) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5588 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5589 = "stablehlo.power"(%5588, %5572) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5590 = "stablehlo.negate"(%5589) : (tensor<f32>) -> tensor<f32>
    %5591 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5592 = "stablehlo.add"(%5590, %5591) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5593 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5594 = "stablehlo.power"(%5593, %5572) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5595 = "stablehlo.negate"(%5594) : (tensor<f32>) -> tensor<f32>
    %5596 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5597 = "stablehlo.add"(%5595, %5596) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5598 = "stablehlo.broadcast_in_dim"(%5592) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5599 = "stablehlo.divide"(%5579, %5598) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5600 = "stablehlo.sqrt"(%5597) : (tensor<f32>) -> tensor<f32>
    %5601 = "stablehlo.sqrt"(%5587) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5602 = "stablehlo.broadcast_in_dim"(%5600) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5603 = "stablehlo.divide"(%5601, %5602) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5604 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5605 = "stablehlo.broadcast_in_dim"(%5604) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5606 = "stablehlo.add"(%5603, %5605) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5607 = "stablehlo.divide"(%5599, %5606) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5608 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5609 = "stablehlo.multiply"(%5607, %5608) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5610 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5611 = "stablehlo.multiply"(%2337, %5610) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5612 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5613 = "stablehlo.add"(%5611, %5612) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5614 = "stablehlo.broadcast_in_dim"(%5613) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5615 = "stablehlo.multiply"(%arg74, %5614) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5616 = "stablehlo.subtract"(%5615, %5609) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5620 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5621 = "stablehlo.add"(%arg304, %5620) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5622 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5623 = "stablehlo.broadcast_in_dim"(%5622) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5624 = "stablehlo.multiply"(%arg302, %5623) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5625 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5626 = "stablehlo.broadcast_in_dim"(%5625) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5627 = "stablehlo.multiply"(%2281, %5626) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5628 = "stablehlo.add"(%5624, %5627) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5629 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5630 = "stablehlo.broadcast_in_dim"(%5629) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5631 = "stablehlo.multiply"(%arg303, %5630) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5632 = "stablehlo.multiply"(%2281, %2281) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5633 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5634 = "stablehlo.broadcast_in_dim"(%5633) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5635 = "stablehlo.multiply"(%5632, %5634) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5636 = "stablehlo.add"(%5631, %5635) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5637 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5638 = "stablehlo.power"(%5637, %5621) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5639 = "stablehlo.negate"(%5638) : (tensor<f32>) -> tensor<f32>
    %5640 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5641 = "stablehlo.add"(%5639, %5640) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5642 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5643 = "stablehlo.power"(%5642, %5621) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5644 = "stablehlo.negate"(%5643) : (tensor<f32>) -> tensor<f32>
    %5645 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5646 = "stablehlo.add"(%5644, %5645) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5647 = "stablehlo.broadcast_in_dim"(%5641) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5648 = "stablehlo.divide"(%5628, %5647) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5649 = "stablehlo.sqrt"(%5646) : (tensor<f32>) -> tensor<f32>
    %5650 = "stablehlo.sqrt"(%5636) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5651 = "stablehlo.broadcast_in_dim"(%5649) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5652 = "stablehlo.divide"(%5650, %5651) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5653 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5654 = "stablehlo.broadcast_in_dim"(%5653) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5655 = "stablehlo.add"(%5652, %5654) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5656 = "stablehlo.divide"(%5648, %5655) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5657 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5658 = "stablehlo.multiply"(%5656, %5657) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5659 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5660 = "stablehlo.multiply"(%2337, %5659) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5661 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5662 = "stablehlo.add"(%5660, %5661) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5663 = "stablehlo.broadcast_in_dim"(%5662) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5664 = "stablehlo.multiply"(%arg75, %5663) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5665 = "stablehlo.subtract"(%5664, %5658) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5669 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5670 = "stablehlo.add"(%arg307, %5669) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5671 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5672 = "stablehlo.broadcast_in_dim"(%5671) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5673 = "stablehlo.multiply"(%arg305, %5672) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5674 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5675 = "stablehlo.broadcast_in_dim"(%5674) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5676 = "stablehlo.multiply"(%2283, %5675) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5677 = "stablehlo.add"(%5673, %5676) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5678 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5679 = "stablehlo.broadcast_in_dim"(%5678) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5680 = "stablehlo.multiply"(%arg306, %5679) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5681 = "stablehlo.multiply"(%2283, %2283) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5682 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5683 = "stablehlo.broadcast_in_dim"(%5682) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5684 = "stablehlo.multiply"(%5681, %5683) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5685 = "stablehlo.add"(%5680, %5684) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5686 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5687 = "stablehlo.power"(%5686, %5670) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5688 = "stablehlo.negate"(%5687) : (tensor<f32>) -> tensor<f32>
    %5689 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5690 = "stablehlo.add"(%5688, %5689) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5691 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5692 = "stablehlo.power"(%5691, %5670) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5693 = "stablehlo.negate"(%5692) : (tensor<f32>) -> tensor<f32>
    %5694 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5695 = "stablehlo.add"(%5693, %5694) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5696 = "stablehlo.broadcast_in_dim"(%5690) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5697 = "stablehlo.divide"(%5677, %5696) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5698 = "stablehlo.sqrt"(%5695) : (tensor<f32>) -> tensor<f32>
    %5699 = "stablehlo.sqrt"(%5685) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5700 = "stablehlo.broadcast_in_dim"(%5698) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5701 = "stablehlo.divide"(%5699, %5700) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5702 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5703 = "stablehlo.broadcast_in_dim"(%5702) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5704 = "stablehlo.add"(%5701, %5703) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5705 = "stablehlo.divide"(%5697, %5704) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5706 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5707 = "stablehlo.multiply"(%5705, %5706) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5708 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5709 = "stablehlo.multiply"(%2337, %5708) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5710 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5711 = "stablehlo.add"(%5709, %5710) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5712 = "stablehlo.broadcast_in_dim"(%5711) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5713 = "stablehlo.multiply"(%arg76, %5712) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5714 = "stablehlo.subtract"(%5713, %5707) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5718 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5719 = "stablehlo.add"(%arg310, %5718) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5720 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5721 = "stablehlo.broadcast_in_dim"(%5720) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5722 = "stablehlo.multiply"(%arg308, %5721) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5723 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5724 = "stablehlo.broadcast_in_dim"(%5723) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5725 = "stablehlo.multiply"(%2285, %5724) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5726 = "stablehlo.add"(%5722, %5725) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5727 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5728 = "stablehlo.broadcast_in_dim"(%5727) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5729 = "stablehlo.multiply"(%arg309, %5728) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5730 = "stablehlo.multiply"(%2285, %2285) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5731 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5732 = "stablehlo.broadcast_in_dim"(%5731) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5733 = "stablehlo.multiply"(%5730, %5732) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5734 = "stablehlo.add"(%5729, %5733) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5735 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5736 = "stablehlo.power"(%5735, %5719) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5737 = "stablehlo.negate"(%5736) : (tensor<f32>) -> tensor<f32>
    %5738 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5739 = "stablehlo.add"(%5737, %5738) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5740 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5741 = "stablehlo.power"(%5740, %5719) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5742 = "stablehlo.negate"(%5741) : (tensor<f32>) -> tensor<f32>
    %5743 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5744 = "stablehlo.add"(%5742, %5743) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5745 = "stablehlo.broadcast_in_dim"(%5739) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5746 = "stablehlo.divide"(%5726, %5745) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5747 = "stablehlo.sqrt"(%5744) : (tensor<f32>) -> tensor<f32>
    %5748 = "stablehlo.sqrt"(%5734) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5749 = "stablehlo.broadcast_in_dim"(%5747) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5750 = "stablehlo.divide"(%5748, %5749) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5751 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5752 = "stablehlo.broadcast_in_dim"(%5751) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5753 = "stablehlo.add"(%5750, %5752) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5754 = "stablehlo.divide"(%5746, %5753) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5755 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5756 = "stablehlo.multiply"(%5754, %5755) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5757 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5758 = "stablehlo.multiply"(%2337, %5757) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5759 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5760 = "stablehlo.add"(%5758, %5759) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5761 = "stablehlo.broadcast_in_dim"(%5760) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5762 = "stablehlo.multiply"(%arg77, %5761) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5763 = "stablehlo.subtract"(%5762, %5756) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5767 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5768 = "stablehlo.add"(%arg313, %5767) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5769 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5770 = "stablehlo.broadcast_in_dim"(%5769) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5771 = "stablehlo.multiply"(%arg311, %5770) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5772 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5773 = "stablehlo.broadcast_in_dim"(%5772) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5774 = "stablehlo.multiply"(%2287, %5773) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5775 = "stablehlo.add"(%5771, %5774) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5776 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5777 = "stablehlo.broadcast_in_dim"(%5776) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5778 = "stablehlo.multiply"(%arg312, %5777) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5779 = "stablehlo.multiply"(%2287, %2287) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5780 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5781 = "stablehlo.broadcast_in_dim"(%5780) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5782 = "stablehlo.multiply"(%5779, %5781) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5783 = "stablehlo.add"(%5778, %5782) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5784 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5785 = "stablehlo.power"(%5784, %5768) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5786 = "stablehlo.negate"(%5785) : (tensor<f32>) -> tensor<f32>
    %5787 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5788 = "stablehlo.add"(%5786, %5787) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5789 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5790 = "stablehlo.power"(%5789, %5768) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5791 = "stablehlo.negate"(%5790) : (tensor<f32>) -> tensor<f32>
    %5792 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5793 = "stablehlo.add"(%5791, %5792) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5794 = "stablehlo.broadcast_in_dim"(%5788) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5795 = "stablehlo.divide"(%5775, %5794) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5796 = "stablehlo.sqrt"(%5793) : (tensor<f32>) -> tensor<f32>
    %5797 = "stablehlo.sqrt"(%5783) : (tensor<128xf32>) -> tensor<128xf32>
    %5798 = "stablehlo.broadcast_in_dim"(%5796) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5799 = "stablehlo.divide"(%5797, %5798) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5800 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5801 = "stablehlo.broadcast_in_dim"(%5800) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5802 = "stablehlo.add"(%5799, %5801) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5803 = "stablehlo.divide"(%5795, %5802) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5804 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5805 = "stablehlo.multiply"(%5803, %5804) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5806 = "stablehlo.subtract"(%arg78, %5805) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5810 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5811 = "stablehlo.add"(%arg316, %5810) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5812 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5813 = "stablehlo.broadcast_in_dim"(%5812) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5814 = "stablehlo.multiply"(%arg314, %5813) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5815 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5816 = "stablehlo.broadcast_in_dim"(%5815) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5817 = "stablehlo.multiply"(%2289, %5816) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5818 = "stablehlo.add"(%5814, %5817) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5819 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5820 = "stablehlo.broadcast_in_dim"(%5819) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5821 = "stablehlo.multiply"(%arg315, %5820) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5822 = "stablehlo.multiply"(%2289, %2289) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5823 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5824 = "stablehlo.broadcast_in_dim"(%5823) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5825 = "stablehlo.multiply"(%5822, %5824) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5826 = "stablehlo.add"(%5821, %5825) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5827 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5828 = "stablehlo.power"(%5827, %5811) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5829 = "stablehlo.negate"(%5828) : (tensor<f32>) -> tensor<f32>
    %5830 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5831 = "stablehlo.add"(%5829, %5830) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5832 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5833 = "stablehlo.power"(%5832, %5811) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5834 = "stablehlo.negate"(%5833) : (tensor<f32>) -> tensor<f32>
    %5835 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5836 = "stablehlo.add"(%5834, %5835) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5837 = "stablehlo.broadcast_in_dim"(%5831) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5838 = "stablehlo.divide"(%5818, %5837) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5839 = "stablehlo.sqrt"(%5836) : (tensor<f32>) -> tensor<f32>
    %5840 = "stablehlo.sqrt"(%5826) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %5841 = "stablehlo.broadcast_in_dim"(%5839) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5842 = "stablehlo.divide"(%5840, %5841) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5843 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5844 = "stablehlo.broadcast_in_dim"(%5843) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5845 = "stablehlo.add"(%5842, %5844) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5846 = "stablehlo.divide"(%5838, %5845) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5847 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5848 = "stablehlo.multiply"(%5846, %5847) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5849 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5850 = "stablehlo.multiply"(%2337, %5849) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5851 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5852 = "stablehlo.add"(%5850, %5851) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5853 = "stablehlo.broadcast_in_dim"(%5852) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5854 = "stablehlo.multiply"(%arg79, %5853) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5855 = "stablehlo.subtract"(%5854, %5848) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5859 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5860 = "stablehlo.add"(%arg319, %5859) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5861 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5862 = "stablehlo.broadcast_in_dim"(%5861) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5863 = "stablehlo.multiply"(%arg317, %5862) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5864 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5865 = "stablehlo.broadcast_in_dim"(%5864) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5866 = "stablehlo.multiply"(%2291, %5865) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5867 = "stablehlo.add"(%5863, %5866) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5868 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5869 = "stablehlo.broadcast_in_dim"(%5868) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5870 = "stablehlo.multiply"(%arg318, %5869) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5871 = "stablehlo.multiply"(%2291, %2291) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5872 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5873 = "stablehlo.broadcast_in_dim"(%5872) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5874 = "stablehlo.multiply"(%5871, %5873) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5875 = "stablehlo.add"(%5870, %5874) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5876 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5877 = "stablehlo.power"(%5876, %5860) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5878 = "stablehlo.negate"(%5877) : (tensor<f32>) -> tensor<f32>
    %5879 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5880 = "stablehlo.add"(%5878, %5879) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5881 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5882 = "stablehlo.power"(%5881, %5860) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5883 = "stablehlo.negate"(%5882) : (tensor<f32>) -> tensor<f32>
    %5884 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5885 = "stablehlo.add"(%5883, %5884) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5886 = "stablehlo.broadcast_in_dim"(%5880) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5887 = "stablehlo.divide"(%5867, %5886) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5888 = "stablehlo.sqrt"(%5885) : (tensor<f32>) -> tensor<f32>
    %5889 = "stablehlo.sqrt"(%5875) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %5890 = "stablehlo.broadcast_in_dim"(%5888) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5891 = "stablehlo.divide"(%5889, %5890) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5892 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5893 = "stablehlo.broadcast_in_dim"(%5892) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5894 = "stablehlo.add"(%5891, %5893) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5895 = "stablehlo.divide"(%5887, %5894) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5896 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5897 = "stablehlo.multiply"(%5895, %5896) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5898 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5899 = "stablehlo.multiply"(%2337, %5898) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5900 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5901 = "stablehlo.add"(%5899, %5900) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5902 = "stablehlo.broadcast_in_dim"(%5901) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5903 = "stablehlo.multiply"(%arg80, %5902) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5904 = "stablehlo.subtract"(%5903, %5897) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5908 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5909 = "stablehlo.add"(%arg322, %5908) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5910 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5911 = "stablehlo.broadcast_in_dim"(%5910) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5912 = "stablehlo.multiply"(%arg320, %5911) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5913 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5914 = "stablehlo.broadcast_in_dim"(%5913) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5915 = "stablehlo.multiply"(%2293, %5914) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5916 = "stablehlo.add"(%5912, %5915) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5917 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5918 = "stablehlo.broadcast_in_dim"(%5917) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5919 = "stablehlo.multiply"(%arg321, %5918) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5920 = "stablehlo.multiply"(%2293, %2293) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5921 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5922 = "stablehlo.broadcast_in_dim"(%5921) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5923 = "stablehlo.multiply"(%5920, %5922) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5924 = "stablehlo.add"(%5919, %5923) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5925 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5926 = "stablehlo.power"(%5925, %5909) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5927 = "stablehlo.negate"(%5926) : (tensor<f32>) -> tensor<f32>
    %5928 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5929 = "stablehlo.add"(%5927, %5928) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5930 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5931 = "stablehlo.power"(%5930, %5909) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5932 = "stablehlo.negate"(%5931) : (tensor<f32>) -> tensor<f32>
    %5933 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5934 = "stablehlo.add"(%5932, %5933) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5935 = "stablehlo.broadcast_in_dim"(%5929) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5936 = "stablehlo.divide"(%5916, %5935) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5937 = "stablehlo.sqrt"(%5934) : (tensor<f32>) -> tensor<f32>
    %5938 = "stablehlo.sqrt"(%5924) : (tensor<128xf32>) -> tensor<128xf32>
    %5939 = "stablehlo.broadcast_in_dim"(%5937) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5940 = "stablehlo.divide"(%5938, %5939) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5941 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5942 = "stablehlo.broadcast_in_dim"(%5941) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5943 = "stablehlo.add"(%5940, %5942) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5944 = "stablehlo.divide"(%5936, %5943) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5945 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5946 = "stablehlo.multiply"(%5944, %5945) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5947 = "stablehlo.subtract"(%arg81, %5946) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5951 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5952 = "stablehlo.add"(%arg325, %5951) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5953 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5954 = "stablehlo.broadcast_in_dim"(%5953) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5955 = "stablehlo.multiply"(%arg323, %5954) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5956 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5957 = "stablehlo.broadcast_in_dim"(%5956) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5958 = "stablehlo.multiply"(%2295, %5957) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5959 = "stablehlo.add"(%5955, %5958) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5960 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5961 = "stablehlo.broadcast_in_dim"(%5960) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5962 = "stablehlo.multiply"(%arg324, %5961) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5963 = "stablehlo.multiply"(%2295, %2295) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5964 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5965 = "stablehlo.broadcast_in_dim"(%5964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5966 = "stablehlo.multiply"(%5963, %5965) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5967 = "stablehlo.add"(%5962, %5966) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5968 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5969 = "stablehlo.power"(%5968, %5952) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5970 = "stablehlo.negate"(%5969) : (tensor<f32>) -> tensor<f32>
    %5971 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5972 = "stablehlo.add"(%5970, %5971) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5973 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5974 = "stablehlo.power"(%5973, %5952) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5975 = "stablehlo.negate"(%5974) : (tensor<f32>) -> tensor<f32>
    %5976 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5977 = "stablehlo.add"(%5975, %5976) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5978 = "stablehlo.broadcast_in_dim"(%5972) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5979 = "stablehlo.divide"(%5959, %5978) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5980 = "stablehlo.sqrt"(%5977) : (tensor<f32>) -> tensor<f32>
    %5981 = "stablehlo.sqrt"(%5967) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5982 = "stablehlo.broadcast_in_dim"(%5980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5983 = "stablehlo.divide"(%5981, %5982) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5984 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5985 = "stablehlo.broadcast_in_dim"(%5984) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5986 = "stablehlo.add"(%5983, %5985) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5987 = "stablehlo.divide"(%5979, %5986) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5988 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5989 = "stablehlo.multiply"(%5987, %5988) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5990 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5991 = "stablehlo.multiply"(%2337, %5990) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5992 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5993 = "stablehlo.add"(%5991, %5992) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5994 = "stablehlo.broadcast_in_dim"(%5993) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5995 = "stablehlo.multiply"(%arg82, %5994) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5996 = "stablehlo.subtract"(%5995, %5989) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6000 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6001 = "stablehlo.add"(%arg328, %6000) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6002 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6003 = "stablehlo.broadcast_in_dim"(%6002) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6004 = "stablehlo.multiply"(%arg326, %6003) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6005 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6006 = "stablehlo.broadcast_in_dim"(%6005) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6007 = "stablehlo.multiply"(%2297, %6006) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6008 = "stablehlo.add"(%6004, %6007) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6009 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6010 = "stablehlo.broadcast_in_dim"(%6009) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6011 = "stablehlo.multiply"(%arg327, %6010) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6012 = "stablehlo.multiply"(%2297, %2297) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6013 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6014 = "stablehlo.broadcast_in_dim"(%6013) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6015 = "stablehlo.multiply"(%6012, %6014) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6016 = "stablehlo.add"(%6011, %6015) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6017 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6018 = "stablehlo.power"(%6017, %6001) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6019 = "stablehlo.negate"(%6018) : (tensor<f32>) -> tensor<f32>
    %6020 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6021 = "stablehlo.add"(%6019, %6020) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6022 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6023 = "stablehlo.power"(%6022, %6001) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6024 = "stablehlo.negate"(%6023) : (tensor<f32>) -> tensor<f32>
    %6025 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6026 = "stablehlo.add"(%6024, %6025) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6027 = "stablehlo.broadcast_in_dim"(%6021) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6028 = "stablehlo.divide"(%6008, %6027) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6029 = "stablehlo.sqrt"(%6026) : (tensor<f32>) -> tensor<f32>
    %6030 = "stablehlo.sqrt"(%6016) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6031 = "stablehlo.broadcast_in_dim"(%6029) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6032 = "stablehlo.divide"(%6030, %6031) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6033 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6034 = "stablehlo.broadcast_in_dim"(%6033) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6035 = "stablehlo.add"(%6032, %6034) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6036 = "stablehlo.divide"(%6028, %6035) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6037 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6038 = "stablehlo.multiply"(%6036, %6037) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6039 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6040 = "stablehlo.multiply"(%2337, %6039) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6041 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6042 = "stablehlo.add"(%6040, %6041) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6043 = "stablehlo.broadcast_in_dim"(%6042) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6044 = "stablehlo.multiply"(%arg83, %6043) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6045 = "stablehlo.subtract"(%6044, %6038) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6049 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6050 = "stablehlo.add"(%arg331, %6049) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6051 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6052 = "stablehlo.broadcast_in_dim"(%6051) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6053 = "stablehlo.multiply"(%arg329, %6052) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6054 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6055 = "stablehlo.broadcast_in_dim"(%6054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6056 = "stablehlo.multiply"(%2299, %6055) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6057 = "stablehlo.add"(%6053, %6056) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6058 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6059 = "stablehlo.broadcast_in_dim"(%6058) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6060 = "stablehlo.multiply"(%arg330, %6059) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6061 = "stablehlo.multiply"(%2299, %2299) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6062 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6063 = "stablehlo.broadcast_in_dim"(%6062) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6064 = "stablehlo.multiply"(%6061, %6063) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6065 = "stablehlo.add"(%6060, %6064) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6066 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6067 = "stablehlo.power"(%6066, %6050) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6068 = "stablehlo.negate"(%6067) : (tensor<f32>) -> tensor<f32>
    %6069 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6070 = "stablehlo.add"(%6068, %6069) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6071 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6072 = "stablehlo.power"(%6071, %6050) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6073 = "stablehlo.negate"(%6072) : (tensor<f32>) -> tensor<f32>
    %6074 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6075 = "stablehlo.add"(%6073, %6074) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6076 = "stablehlo.broadcast_in_dim"(%6070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6077 = "stablehlo.divide"(%6057, %6076) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6078 = "stablehlo.sqrt"(%6075) : (tensor<f32>) -> tensor<f32>
    %6079 = "stablehlo.sqrt"(%6065) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6080 = "stablehlo.broadcast_in_dim"(%6078) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6081 = "stablehlo.divide"(%6079, %6080) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6082 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6083 = "stablehlo.broadcast_in_dim"(%6082) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6084 = "stablehlo.add"(%6081, %6083) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6085 = "stablehlo.divide"(%6077, %6084) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6086 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6087 = "stablehlo.multiply"(%6085, %6086) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6088 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6089 = "stablehlo.multiply"(%2337, %6088) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6090 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6091 = "stablehlo.add"(%6089, %6090) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6092 = "stablehlo.broadcast_in_dim"(%6091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6093 = "stablehlo.multiply"(%arg84, %6092) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6094 = "stablehlo.subtract"(%6093, %6087) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6098 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6099 = "stablehlo.add"(%arg334, %6098) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6100 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6101 = "stablehlo.broadcast_in_dim"(%6100) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6102 = "stablehlo.multiply"(%arg332, %6101) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6103 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6104 = "stablehlo.broadcast_in_dim"(%6103) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6105 = "stablehlo.multiply"(%2301, %6104) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6106 = "stablehlo.add"(%6102, %6105) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6107 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6108 = "stablehlo.broadcast_in_dim"(%6107) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6109 = "stablehlo.multiply"(%arg333, %6108) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6110 = "stablehlo.multiply"(%2301, %2301) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6111 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6112 = "stablehlo.broadcast_in_dim"(%6111) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6113 = "stablehlo.multiply"(%6110, %6112) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6114 = "stablehlo.add"(%6109, %6113) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6115 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6116 = "stablehlo.power"(%6115, %6099) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6117 = "stablehlo.negate"(%6116) : (tensor<f32>) -> tensor<f32>
    %6118 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6119 = "stablehlo.add"(%6117, %6118) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6120 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6121 = "stablehlo.power"(%6120, %6099) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6122 = "stablehlo.negate"(%6121) : (tensor<f32>) -> tensor<f32>
    %6123 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6124 = "stablehlo.add"(%6122, %6123) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6125 = "stablehlo.broadcast_in_dim"(%6119) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6126 = "stablehlo.divide"(%6106, %6125) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6127 = "stablehlo.sqrt"(%6124) : (tensor<f32>) -> tensor<f32>
    %6128 = "stablehlo.sqrt"(%6114) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6129 = "stablehlo.broadcast_in_dim"(%6127) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6130 = "stablehlo.divide"(%6128, %6129) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6131 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6132 = "stablehlo.broadcast_in_dim"(%6131) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6133 = "stablehlo.add"(%6130, %6132) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6134 = "stablehlo.divide"(%6126, %6133) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6135 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6136 = "stablehlo.multiply"(%6134, %6135) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6137 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6138 = "stablehlo.multiply"(%2337, %6137) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6139 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6140 = "stablehlo.add"(%6138, %6139) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6141 = "stablehlo.broadcast_in_dim"(%6140) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6142 = "stablehlo.multiply"(%arg85, %6141) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6143 = "stablehlo.subtract"(%6142, %6136) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6147 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6148 = "stablehlo.add"(%arg337, %6147) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6149 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6150 = "stablehlo.broadcast_in_dim"(%6149) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6151 = "stablehlo.multiply"(%arg335, %6150) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6152 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6153 = "stablehlo.broadcast_in_dim"(%6152) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6154 = "stablehlo.multiply"(%2303, %6153) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6155 = "stablehlo.add"(%6151, %6154) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6156 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6157 = "stablehlo.broadcast_in_dim"(%6156) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6158 = "stablehlo.multiply"(%arg336, %6157) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6159 = "stablehlo.multiply"(%2303, %2303) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6160 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6161 = "stablehlo.broadcast_in_dim"(%6160) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6162 = "stablehlo.multiply"(%6159, %6161) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6163 = "stablehlo.add"(%6158, %6162) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6164 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6165 = "stablehlo.power"(%6164, %6148) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6166 = "stablehlo.negate"(%6165) : (tensor<f32>) -> tensor<f32>
    %6167 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6168 = "stablehlo.add"(%6166, %6167) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6169 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6170 = "stablehlo.power"(%6169, %6148) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6171 = "stablehlo.negate"(%6170) : (tensor<f32>) -> tensor<f32>
    %6172 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6173 = "stablehlo.add"(%6171, %6172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6174 = "stablehlo.broadcast_in_dim"(%6168) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6175 = "stablehlo.divide"(%6155, %6174) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6176 = "stablehlo.sqrt"(%6173) : (tensor<f32>) -> tensor<f32>
    %6177 = "stablehlo.sqrt"(%6163) : (tensor<128xf32>) -> tensor<128xf32>
    %6178 = "stablehlo.broadcast_in_dim"(%6176) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6179 = "stablehlo.divide"(%6177, %6178) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6180 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6181 = "stablehlo.broadcast_in_dim"(%6180) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6182 = "stablehlo.add"(%6179, %6181) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6183 = "stablehlo.divide"(%6175, %6182) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6184 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6185 = "stablehlo.multiply"(%6183, %6184) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6186 = "stablehlo.subtract"(%arg86, %6185) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6190 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6191 = "stablehlo.add"(%arg340, %6190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6192 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6193 = "stablehlo.broadcast_in_dim"(%6192) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6194 = "stablehlo.multiply"(%arg338, %6193) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6195 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6196 = "stablehlo.broadcast_in_dim"(%6195) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6197 = "stablehlo.multiply"(%2305, %6196) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6198 = "stablehlo.add"(%6194, %6197) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6199 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6200 = "stablehlo.broadcast_in_dim"(%6199) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6201 = "stablehlo.multiply"(%arg339, %6200) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6202 = "stablehlo.multiply"(%2305, %2305) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6203 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6204 = "stablehlo.broadcast_in_dim"(%6203) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6205 = "stablehlo.multiply"(%6202, %6204) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6206 = "stablehlo.add"(%6201, %6205) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6207 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6208 = "stablehlo.power"(%6207, %6191) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6209 = "stablehlo.negate"(%6208) : (tensor<f32>) -> tensor<f32>
    %6210 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6211 = "stablehlo.add"(%6209, %6210) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6212 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6213 = "stablehlo.power"(%6212, %6191) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6214 = "stablehlo.negate"(%6213) : (tensor<f32>) -> tensor<f32>
    %6215 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6216 = "stablehlo.add"(%6214, %6215) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6217 = "stablehlo.broadcast_in_dim"(%6211) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6218 = "stablehlo.divide"(%6198, %6217) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6219 = "stablehlo.sqrt"(%6216) : (tensor<f32>) -> tensor<f32>
    %6220 = "stablehlo.sqrt"(%6206) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6221 = "stablehlo.broadcast_in_dim"(%6219) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6222 = "stablehlo.divide"(%6220, %6221) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6223 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6224 = "stablehlo.broadcast_in_dim"(%6223) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6225 = "stablehlo.add"(%6222, %6224) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6226 = "stablehlo.divide"(%6218, %6225) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6227 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6228 = "stablehlo.multiply"(%6226, %6227) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6229 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6230 = "stablehlo.multiply"(%2337, %6229) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6231 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6232 = "stablehlo.add"(%6230, %6231) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6233 = "stablehlo.broadcast_in_dim"(%6232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6234 = "stablehlo.multiply"(%arg87, %6233) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6235 = "stablehlo.subtract"(%6234, %6228) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6239 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6240 = "stablehlo.add"(%arg343, %6239) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6241 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6242 = "stablehlo.broadcast_in_dim"(%6241) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6243 = "stablehlo.multiply"(%arg341, %6242) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6244 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6245 = "stablehlo.broadcast_in_dim"(%6244) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6246 = "stablehlo.multiply"(%2307, %6245) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6247 = "stablehlo.add"(%6243, %6246) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6248 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6249 = "stablehlo.broadcast_in_dim"(%6248) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6250 = "stablehlo.multiply"(%arg342, %6249) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6251 = "stablehlo.multiply"(%2307, %2307) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6252 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6253 = "stablehlo.broadcast_in_dim"(%6252) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6254 = "stablehlo.multiply"(%6251, %6253) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6255 = "stablehlo.add"(%6250, %6254) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6256 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6257 = "stablehlo.power"(%6256, %6240) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6258 = "stablehlo.negate"(%6257) : (tensor<f32>) -> tensor<f32>
    %6259 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6260 = "stablehlo.add"(%6258, %6259) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6261 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6262 = "stablehlo.power"(%6261, %6240) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6263 = "stablehlo.negate"(%6262) : (tensor<f32>) -> tensor<f32>
    %6264 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6265 = "stablehlo.add"(%6263, %6264) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6266 = "stablehlo.broadcast_in_dim"(%6260) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6267 = "stablehlo.divide"(%6247, %6266) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6268 = "stablehlo.sqrt"(%6265) : (tensor<f32>) -> tensor<f32>
    %6269 = "stablehlo.sqrt"(%6255) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6270 = "stablehlo.broadcast_in_dim"(%6268) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6271 = "stablehlo.divide"(%6269, %6270) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6272 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6273 = "stablehlo.broadcast_in_dim"(%6272) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6274 = "stablehlo.add"(%6271, %6273) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6275 = "stablehlo.divide"(%6267, %6274) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6276 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6277 = "stablehlo.multiply"(%6275, %6276) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6278 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6279 = "stablehlo.multiply"(%2337, %6278) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6280 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6281 = "stablehlo.add"(%6279, %6280) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6282 = "stablehlo.broadcast_in_dim"(%6281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6283 = "stablehlo.multiply"(%arg88, %6282) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6284 = "stablehlo.subtract"(%6283, %6277) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6288 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6289 = "stablehlo.add"(%arg346, %6288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6290 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6291 = "stablehlo.broadcast_in_dim"(%6290) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6292 = "stablehlo.multiply"(%arg344, %6291) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6293 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6294 = "stablehlo.broadcast_in_dim"(%6293) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6295 = "stablehlo.multiply"(%2309, %6294) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6296 = "stablehlo.add"(%6292, %6295) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6297 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6298 = "stablehlo.broadcast_in_dim"(%6297) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6299 = "stablehlo.multiply"(%arg345, %6298) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6300 = "stablehlo.multiply"(%2309, %2309) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6301 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6302 = "stablehlo.broadcast_in_dim"(%6301) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6303 = "stablehlo.multiply"(%6300, %6302) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6304 = "stablehlo.add"(%6299, %6303) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6305 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6306 = "stablehlo.power"(%6305, %6289) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6307 = "stablehlo.negate"(%6306) : (tensor<f32>) -> tensor<f32>
    %6308 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6309 = "stablehlo.add"(%6307, %6308) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6310 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6311 = "stablehlo.power"(%6310, %6289) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6312 = "stablehlo.negate"(%6311) : (tensor<f32>) -> tensor<f32>
    %6313 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6314 = "stablehlo.add"(%6312, %6313) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6315 = "stablehlo.broadcast_in_dim"(%6309) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6316 = "stablehlo.divide"(%6296, %6315) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6317 = "stablehlo.sqrt"(%6314) : (tensor<f32>) -> tensor<f32>
    %6318 = "stablehlo.sqrt"(%6304) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6319 = "stablehlo.broadcast_in_dim"(%6317) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6320 = "stablehlo.divide"(%6318, %6319) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6321 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6322 = "stablehlo.broadcast_in_dim"(%6321) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6323 = "stablehlo.add"(%6320, %6322) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6324 = "stablehlo.divide"(%6316, %6323) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6325 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6326 = "stablehlo.multiply"(%6324, %6325) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6327 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6328 = "stablehlo.multiply"(%2337, %6327) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6329 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6330 = "stablehlo.add"(%6328, %6329) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6331 = "stablehlo.broadcast_in_dim"(%6330) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6332 = "stablehlo.multiply"(%arg89, %6331) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6333 = "stablehlo.subtract"(%6332, %6326) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6337 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6338 = "stablehlo.add"(%arg349, %6337) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6339 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6340 = "stablehlo.broadcast_in_dim"(%6339) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6341 = "stablehlo.multiply"(%arg347, %6340) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6342 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6343 = "stablehlo.broadcast_in_dim"(%6342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6344 = "stablehlo.multiply"(%2311, %6343) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6345 = "stablehlo.add"(%6341, %6344) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6346 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6347 = "stablehlo.broadcast_in_dim"(%6346) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6348 = "stablehlo.multiply"(%arg348, %6347) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6349 = "stablehlo.multiply"(%2311, %2311) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6350 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6351 = "stablehlo.broadcast_in_dim"(%6350) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6352 = "stablehlo.multiply"(%6349, %6351) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6353 = "stablehlo.add"(%6348, %6352) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6354 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6355 = "stablehlo.power"(%6354, %6338) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6356 = "stablehlo.negate"(%6355) : (tensor<f32>) -> tensor<f32>
    %6357 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6358 = "stablehlo.add"(%6356, %6357) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6359 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6360 = "stablehlo.power"(%6359, %6338) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6361 = "stablehlo.negate"(%6360) : (tensor<f32>) -> tensor<f32>
    %6362 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6363 = "stablehlo.add"(%6361, %6362) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6364 = "stablehlo.broadcast_in_dim"(%6358) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6365 = "stablehlo.divide"(%6345, %6364) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6366 = "stablehlo.sqrt"(%6363) : (tensor<f32>) -> tensor<f32>
    %6367 = "stablehlo.sqrt"(%6353) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6368 = "stablehlo.broadcast_in_dim"(%6366) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6369 = "stablehlo.divide"(%6367, %6368) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6370 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6371 = "stablehlo.broadcast_in_dim"(%6370) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6372 = "stablehlo.add"(%6369, %6371) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6373 = "stablehlo.divide"(%6365, %6372) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6374 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6375 = "stablehlo.multiply"(%6373, %6374) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6376 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6377 = "stablehlo.multiply"(%2337, %6376) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6378 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6379 = "stablehlo.add"(%6377, %6378) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6380 = "stablehlo.broadcast_in_dim"(%6379) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6381 = "stablehlo.multiply"(%arg90, %6380) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6382 = "stablehlo.subtract"(%6381, %6375) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6386 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6387 = "stablehlo.add"(%arg352, %6386) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6388 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6389 = "stablehlo.broadcast_in_dim"(%6388) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6390 = "stablehlo.multiply"(%arg350, %6389) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6391 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6392 = "stablehlo.broadcast_in_dim"(%6391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6393 = "stablehlo.multiply"(%2313, %6392) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6394 = "stablehlo.add"(%6390, %6393) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6395 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6396 = "stablehlo.broadcast_in_dim"(%6395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6397 = "stablehlo.multiply"(%arg351, %6396) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6398 = "stablehlo.multiply"(%2313, %2313) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6399 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6400 = "stablehlo.broadcast_in_dim"(%6399) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6401 = "stablehlo.multiply"(%6398, %6400) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6402 = "stablehlo.add"(%6397, %6401) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6403 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6404 = "stablehlo.power"(%6403, %6387) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6405 = "stablehlo.negate"(%6404) : (tensor<f32>) -> tensor<f32>
    %6406 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6407 = "stablehlo.add"(%6405, %6406) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6408 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6409 = "stablehlo.power"(%6408, %6387) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6410 = "stablehlo.negate"(%6409) : (tensor<f32>) -> tensor<f32>
    %6411 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6412 = "stablehlo.add"(%6410, %6411) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6413 = "stablehlo.broadcast_in_dim"(%6407) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6414 = "stablehlo.divide"(%6394, %6413) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6415 = "stablehlo.sqrt"(%6412) : (tensor<f32>) -> tensor<f32>
    %6416 = "stablehlo.sqrt"(%6402) : (tensor<128xf32>) -> tensor<128xf32>
    %6417 = "stablehlo.broadcast_in_dim"(%6415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6418 = "stablehlo.divide"(%6416, %6417) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6419 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6420 = "stablehlo.broadcast_in_dim"(%6419) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6421 = "stablehlo.add"(%6418, %6420) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6422 = "stablehlo.divide"(%6414, %6421) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6423 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6424 = "stablehlo.multiply"(%6422, %6423) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6425 = "stablehlo.subtract"(%arg91, %6424) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6429 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6430 = "stablehlo.add"(%arg355, %6429) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6431 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6432 = "stablehlo.broadcast_in_dim"(%6431) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6433 = "stablehlo.multiply"(%arg353, %6432) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6434 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6435 = "stablehlo.broadcast_in_dim"(%6434) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6436 = "stablehlo.multiply"(%2315, %6435) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6437 = "stablehlo.add"(%6433, %6436) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6438 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6439 = "stablehlo.broadcast_in_dim"(%6438) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6440 = "stablehlo.multiply"(%arg354, %6439) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6441 = "stablehlo.multiply"(%2315, %2315) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6442 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6443 = "stablehlo.broadcast_in_dim"(%6442) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6444 = "stablehlo.multiply"(%6441, %6443) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6445 = "stablehlo.add"(%6440, %6444) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6446 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6447 = "stablehlo.power"(%6446, %6430) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6448 = "stablehlo.negate"(%6447) : (tensor<f32>) -> tensor<f32>
    %6449 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6450 = "stablehlo.add"(%6448, %6449) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6451 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6452 = "stablehlo.power"(%6451, %6430) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6453 = "stablehlo.negate"(%6452) : (tensor<f32>) -> tensor<f32>
    %6454 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6455 = "stablehlo.add"(%6453, %6454) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6456 = "stablehlo.broadcast_in_dim"(%6450) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6457 = "stablehlo.divide"(%6437, %6456) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6458 = "stablehlo.sqrt"(%6455) : (tensor<f32>) -> tensor<f32>
    %6459 = "stablehlo.sqrt"(%6445) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %6460 = "stablehlo.broadcast_in_dim"(%6458) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6461 = "stablehlo.divide"(%6459, %6460) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6462 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6463 = "stablehlo.broadcast_in_dim"(%6462) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6464 = "stablehlo.add"(%6461, %6463) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6465 = "stablehlo.divide"(%6457, %6464) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6466 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6467 = "stablehlo.multiply"(%6465, %6466) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6468 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6469 = "stablehlo.multiply"(%2337, %6468) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6470 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6471 = "stablehlo.add"(%6469, %6470) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6472 = "stablehlo.broadcast_in_dim"(%6471) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6473 = "stablehlo.multiply"(%arg92, %6472) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6474 = "stablehlo.subtract"(%6473, %6467) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6478 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6479 = "stablehlo.add"(%arg358, %6478) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6480 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6481 = "stablehlo.broadcast_in_dim"(%6480) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6482 = "stablehlo.multiply"(%arg356, %6481) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6483 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6484 = "stablehlo.broadcast_in_dim"(%6483) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6485 = "stablehlo.multiply"(%2317, %6484) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6486 = "stablehlo.add"(%6482, %6485) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6487 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6488 = "stablehlo.broadcast_in_dim"(%6487) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6489 = "stablehlo.multiply"(%arg357, %6488) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6490 = "stablehlo.multiply"(%2317, %2317) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6491 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6492 = "stablehlo.broadcast_in_dim"(%6491) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6493 = "stablehlo.multiply"(%6490, %6492) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6494 = "stablehlo.add"(%6489, %6493) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6495 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6496 = "stablehlo.power"(%6495, %6479) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6497 = "stablehlo.negate"(%6496) : (tensor<f32>) -> tensor<f32>
    %6498 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6499 = "stablehlo.add"(%6497, %6498) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6500 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6501 = "stablehlo.power"(%6500, %6479) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6502 = "stablehlo.negate"(%6501) : (tensor<f32>) -> tensor<f32>
    %6503 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6504 = "stablehlo.add"(%6502, %6503) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6505 = "stablehlo.broadcast_in_dim"(%6499) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6506 = "stablehlo.divide"(%6486, %6505) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6507 = "stablehlo.sqrt"(%6504) : (tensor<f32>) -> tensor<f32>
    %6508 = "stablehlo.sqrt"(%6494) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %6509 = "stablehlo.broadcast_in_dim"(%6507) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6510 = "stablehlo.divide"(%6508, %6509) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6511 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6512 = "stablehlo.broadcast_in_dim"(%6511) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6513 = "stablehlo.add"(%6510, %6512) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6514 = "stablehlo.divide"(%6506, %6513) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6515 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6516 = "stablehlo.multiply"(%6514, %6515) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6517 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6518 = "stablehlo.multiply"(%2337, %6517) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6519 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6520 = "stablehlo.add"(%6518, %6519) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6521 = "stablehlo.broadcast_in_dim"(%6520) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6522 = "stablehlo.multiply"(%arg93, %6521) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6523 = "stablehlo.subtract"(%6522, %6516) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6527 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6528 = "stablehlo.add"(%arg361, %6527) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6529 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6530 = "stablehlo.broadcast_in_dim"(%6529) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6531 = "stablehlo.multiply"(%arg359, %6530) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6532 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6533 = "stablehlo.broadcast_in_dim"(%6532) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6534 = "stablehlo.multiply"(%2319, %6533) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6535 = "stablehlo.add"(%6531, %6534) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6536 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6537 = "stablehlo.broadcast_in_dim"(%6536) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6538 = "stablehlo.multiply"(%arg360, %6537) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6539 = "stablehlo.multiply"(%2319, %2319) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6540 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6541 = "stablehlo.broadcast_in_dim"(%6540) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6542 = "stablehlo.multiply"(%6539, %6541) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6543 = "stablehlo.add"(%6538, %6542) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6544 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6545 = "stablehlo.power"(%6544, %6528) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6546 = "stablehlo.negate"(%6545) : (tensor<f32>) -> tensor<f32>
    %6547 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6548 = "stablehlo.add"(%6546, %6547) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6549 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6550 = "stablehlo.power"(%6549, %6528) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6551 = "stablehlo.negate"(%6550) : (tensor<f32>) -> tensor<f32>
    %6552 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6553 = "stablehlo.add"(%6551, %6552) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6554 = "stablehlo.broadcast_in_dim"(%6548) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6555 = "stablehlo.divide"(%6535, %6554) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6556 = "stablehlo.sqrt"(%6553) : (tensor<f32>) -> tensor<f32>
    %6557 = "stablehlo.sqrt"(%6543) : (tensor<128xf32>) -> tensor<128xf32>
    %6558 = "stablehlo.broadcast_in_dim"(%6556) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6559 = "stablehlo.divide"(%6557, %6558) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6560 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6561 = "stablehlo.broadcast_in_dim"(%6560) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6562 = "stablehlo.add"(%6559, %6561) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6563 = "stablehlo.divide"(%6555, %6562) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6564 = "stablehlo.broadcast_in_dim"(%2337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6565 = "stablehlo.multiply"(%6563, %6564) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6566 = "stablehlo.subtract"(%arg94, %6565) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    return %796, %2135, %2337, %2386, %2349, %2357, %2342, %2435, %2398, %2406, %2391, %2478, %2447, %2455, %2440, %2527, %2490, %2498, %2483, %2576, %2539, %2547, %2532, %2625, %2588, %2596, %2581, %2674, %2637, %2645, %2630, %2717, %2686, %2694, %2679, %2766, %2729, %2737, %2722, %2815, %2778, %2786, %2771, %2858, %2827, %2835, %2820, %2907, %2870, %2878, %2863, %2956, %2919, %2927, %2912, %3005, %2968, %2976, %2961, %3054, %3017, %3025, %3010, %3097, %3066, %3074, %3059, %3146, %3109, %3117, %3102, %3195, %3158, %3166, %3151, %3238, %3207, %3215, %3200, %3287, %3250, %3258, %3243, %3336, %3299, %3307, %3292, %3385, %3348, %3356, %3341, %3434, %3397, %3405, %3390, %3477, %3446, %3454, %3439, %3526, %3489, %3497, %3482, %3575, %3538, %3546, %3531, %3618, %3587, %3595, %3580, %3667, %3630, %3638, %3623, %3716, %3679, %3687, %3672, %3765, %3728, %3736, %3721, %3814, %3777, %3785, %3770, %3857, %3826, %3834, %3819, %3906, %3869, %3877, %3862, %3955, %3918, %3926, %3911, %3998, %3967, %3975, %3960, %4047, %4010, %4018, %4003, %4090, %4059, %4067, %4052, %4139, %4102, %4110, %4095, %4188, %4151, %4159, %4144, %4237, %4200, %4208, %4193, %4286, %4249, %4257, %4242, %4329, %4298, %4306, %4291, %4378, %4341, %4349, %4334, %4427, %4390, %4398, %4383, %4476, %4439, %4447, %4432, %4525, %4488, %4496, %4481, %4568, %4537, %4545, %4530, %4617, %4580, %4588, %4573, %4666, %4629, %4637, %4622, %4709, %4678, %4686, %4671, %4758, %4721, %4729, %4714, %4807, %4770, %4778, %4763, %4856, %4819, %4827, %4812, %4905, %4868, %4876, %4861, %4948, %4917, %4925, %4910, %4997, %4960, %4968, %4953, %5046, %5009, %5017, %5002, %5095, %5058, %5066, %5051, %5144, %5107, %5115, %5100, %5187, %5156, %5164, %5149, %5236, %5199, %5207, %5192, %5285, %5248, %5256, %5241, %5328, %5297, %5305, %5290, %5377, %5340, %5348, %5333, %5426, %5389, %5397, %5382, %5475, %5438, %5446, %5431, %5524, %5487, %5495, %5480, %5567, %5536, %5544, %5529, %5616, %5579, %5587, %5572, %5665, %5628, %5636, %5621, %5714, %5677, %5685, %5670, %5763, %5726, %5734, %5719, %5806, %5775, %5783, %5768, %5855, %5818, %5826, %5811, %5904, %5867, %5875, %5860, %5947, %5916, %5924, %5909, %5996, %5959, %5967, %5952, %6045, %6008, %6016, %6001, %6094, %6057, %6065, %6050, %6143, %6106, %6114, %6099, %6186, %6155, %6163, %6148, %6235, %6198, %6206, %6191, %6284, %6247, %6255, %6240, %6333, %6296, %6304, %6289, %6382, %6345, %6353, %6338, %6425, %6394, %6402, %6387, %6474, %6437, %6445, %6430, %6523, %6486, %6494, %6479, %6566, %6535, %6543, %6528 : tensor<f32>, tensor<f32>, tensor<f32>, tensor<32128x128xf32>, tensor<32128x128xf32>, tensor<32128x128xf32>, tensor<f32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>
  }
}
