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
    %898 = stablehlo.constant dense<0x3DB504F3> : tensor<f32>
    %899 = "stablehlo.broadcast_in_dim"(%898) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x128xf32>
    %900 = "stablehlo.multiply"(%891, %899) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %901 = "stablehlo.reshape"(%900) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %902 = "stablehlo.dot_general"(%arg6, %901) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<32128x128xf32>, tensor<96x128xf32>) -> tensor<32128x96xf32>
    %903 = "stablehlo.reshape"(%arg3) : (tensor<32x3xi32>) -> tensor<96xi32>
    %n904_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %904 = "stablehlo.reduce"(%902, %n904_init) ({
    ^bb0(%n904_a: tensor<f32>, %n904_b: tensor<f32>):
      %n904_r = "stablehlo.maximum"(%n904_a, %n904_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n904_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x96xf32>, tensor<f32>) -> tensor<96xf32>
    %905 = "stablehlo.reshape"(%904) : (tensor<96xf32>) -> tensor<1x96xf32>
    %906 = "stablehlo.broadcast_in_dim"(%905) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x96xf32>) -> tensor<32128x96xf32>
    %907 = "stablehlo.subtract"(%902, %906) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %908 = "stablehlo.exponential"(%907) : (tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %n909_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %909 = "stablehlo.reduce"(%908, %n909_init) ({
    ^bb0(%n909_a: tensor<f32>, %n909_b: tensor<f32>):
      %n909_r = "stablehlo.add"(%n909_a, %n909_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n909_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x96xf32>, tensor<f32>) -> tensor<96xf32>
    %910 = "stablehlo.reshape"(%909) : (tensor<96xf32>) -> tensor<1x96xf32>
    %911 = "stablehlo.log"(%910) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %912 = "stablehlo.broadcast_in_dim"(%911) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x96xf32>) -> tensor<32128x96xf32>
    %913 = "stablehlo.subtract"(%907, %912) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %914 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<32128x96xi32>
    %915 = "stablehlo.broadcast_in_dim"(%903) {broadcast_dimensions = array<i64: 1>} : (tensor<96xi32>) -> tensor<32128x96xi32>
    %916 = "stablehlo.compare"(%914, %915) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<32128x96xi32>, tensor<32128x96xi32>) -> tensor<32128x96xi1>
    %917 = "stablehlo.convert"(%916) : (tensor<32128x96xi1>) -> tensor<32128x96xf32>
    %918 = "stablehlo.multiply"(%917, %913) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %n919_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %919 = "stablehlo.reduce"(%918, %n919_init) ({
    ^bb0(%n919_a: tensor<f32>, %n919_b: tensor<f32>):
      %n919_r = "stablehlo.add"(%n919_a, %n919_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n919_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x96xf32>, tensor<f32>) -> tensor<96xf32>
    %920 = "stablehlo.negate"(%919) : (tensor<96xf32>) -> tensor<96xf32>
    %921 = stablehlo.constant dense<0> : tensor<i32>
    %922 = "stablehlo.broadcast_in_dim"(%921) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<96xi32>
    %923 = "stablehlo.compare"(%903, %922) {comparison_direction = #stablehlo<comparison_direction NE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<96xi32>, tensor<96xi32>) -> tensor<96xi1>
    %924 = "stablehlo.convert"(%923) : (tensor<96xi1>) -> tensor<96xf32>
    %925 = "stablehlo.multiply"(%920, %924) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %n926_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %926 = "stablehlo.reduce"(%925, %n926_init) ({
    ^bb0(%n926_a: tensor<f32>, %n926_b: tensor<f32>):
      %n926_r = "stablehlo.add"(%n926_a, %n926_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n926_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %n927_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %927 = "stablehlo.reduce"(%924, %n927_init) ({
    ^bb0(%n927_a: tensor<f32>, %n927_b: tensor<f32>):
      %n927_r = "stablehlo.add"(%n927_a, %n927_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n927_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %928 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %929 = "stablehlo.maximum"(%927, %928) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %930 = "stablehlo.divide"(%926, %929) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %931 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %932 = "stablehlo.divide"(%931, %929) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %933 = "stablehlo.broadcast_in_dim"(%932) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %934 = "stablehlo.multiply"(%933, %924) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %935 = "stablehlo.negate"(%934) : (tensor<96xf32>) -> tensor<96xf32>
    %936 = "stablehlo.broadcast_in_dim"(%935) {broadcast_dimensions = array<i64: 1>} : (tensor<96xf32>) -> tensor<32128x96xf32>
    %937 = "stablehlo.multiply"(%936, %917) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %938 = "stablehlo.negate"(%937) : (tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %n939_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %939 = "stablehlo.reduce"(%938, %n939_init) ({
    ^bb0(%n939_a: tensor<f32>, %n939_b: tensor<f32>):
      %n939_r = "stablehlo.add"(%n939_a, %n939_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n939_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x96xf32>, tensor<f32>) -> tensor<96xf32>
    %940 = "stablehlo.reshape"(%939) : (tensor<96xf32>) -> tensor<1x96xf32>
    %941 = "stablehlo.divide"(%940, %910) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %942 = "stablehlo.reshape"(%941) : (tensor<1x96xf32>) -> tensor<96xf32>
    %943 = "stablehlo.broadcast_in_dim"(%942) {broadcast_dimensions = array<i64: 1>} : (tensor<96xf32>) -> tensor<32128x96xf32>
    %944 = "stablehlo.multiply"(%943, %908) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %945 = "stablehlo.add"(%937, %944) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %946 = "stablehlo.negate"(%945) : (tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %n947_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %947 = "stablehlo.reduce"(%946, %n947_init) ({
    ^bb0(%n947_a: tensor<f32>, %n947_b: tensor<f32>):
      %n947_r = "stablehlo.add"(%n947_a, %n947_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n947_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x96xf32>, tensor<f32>) -> tensor<96xf32>
    %948 = "stablehlo.reshape"(%947) : (tensor<96xf32>) -> tensor<1x96xf32>
    %949 = "stablehlo.reshape"(%948) : (tensor<1x96xf32>) -> tensor<96xf32>
    %950 = "stablehlo.broadcast_in_dim"(%904) {broadcast_dimensions = array<i64: 1>} : (tensor<96xf32>) -> tensor<32128x96xf32>
    %951 = "stablehlo.compare"(%902, %950) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xi1>
    %952 = "stablehlo.convert"(%951) : (tensor<32128x96xi1>) -> tensor<32128x96xf32>
    %n953_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %953 = "stablehlo.reduce"(%952, %n953_init) ({
    ^bb0(%n953_a: tensor<f32>, %n953_b: tensor<f32>):
      %n953_r = "stablehlo.add"(%n953_a, %n953_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n953_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x96xf32>, tensor<f32>) -> tensor<96xf32>
    %954 = "stablehlo.divide"(%949, %953) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %955 = "stablehlo.broadcast_in_dim"(%954) {broadcast_dimensions = array<i64: 1>} : (tensor<96xf32>) -> tensor<32128x96xf32>
    %956 = "stablehlo.multiply"(%955, %952) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %957 = "stablehlo.add"(%945, %956) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %958 = "stablehlo.dot_general"(%957, %901) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<32128x96xf32>, tensor<96x128xf32>) -> tensor<32128x128xf32>
    %959 = "stablehlo.dot_general"(%957, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<32128x96xf32>, tensor<32128x128xf32>) -> tensor<96x128xf32>
    %960 = "stablehlo.reshape"(%959) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %961 = "stablehlo.multiply"(%960, %899) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %962 = "stablehlo.multiply"(%961, %890) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %963 = "stablehlo.multiply"(%961, %889) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n964_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %964 = "stablehlo.reduce"(%963, %n964_init) ({
    ^bb0(%n964_a: tensor<f32>, %n964_b: tensor<f32>):
      %n964_r = "stablehlo.add"(%n964_a, %n964_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n964_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %965 = "stablehlo.multiply"(%962, %888) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %966 = "stablehlo.multiply"(%962, %876) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n967_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %967 = "stablehlo.reduce"(%966, %n967_init) ({
    ^bb0(%n967_a: tensor<f32>, %n967_b: tensor<f32>):
      %n967_r = "stablehlo.add"(%n967_a, %n967_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n967_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %968 = "stablehlo.reshape"(%967) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %969 = "stablehlo.divide"(%887, %886) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %970 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %971 = "stablehlo.broadcast_in_dim"(%970) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %972 = "stablehlo.multiply"(%969, %971) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %973 = "stablehlo.multiply"(%968, %972) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %974 = "stablehlo.multiply"(%973, %882) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %975 = "stablehlo.reshape"(%974) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %976 = "stablehlo.broadcast_in_dim"(%975) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %977 = "stablehlo.multiply"(%976, %876) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %978 = "stablehlo.multiply"(%976, %876) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %979 = "stablehlo.add"(%965, %977) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %980 = "stablehlo.add"(%979, %978) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %981 = "stablehlo.reshape"(%980) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %982 = "stablehlo.dot_general"(%981, %arg92) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x512xf32>) -> tensor<96x512xf32>
    %983 = "stablehlo.dot_general"(%981, %873) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x512xf32>) -> tensor<128x512xf32>
    %984 = "stablehlo.reshape"(%982) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %985 = "stablehlo.compare"(%869, %871) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %986 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %987 = "stablehlo.select"(%985, %984, %986) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %988 = "stablehlo.reshape"(%987) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %989 = "stablehlo.dot_general"(%988, %arg93) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<512x128xf32>) -> tensor<96x128xf32>
    %990 = "stablehlo.dot_general"(%988, %867) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<96x128xf32>) -> tensor<512x128xf32>
    %991 = "stablehlo.reshape"(%989) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %992 = "stablehlo.multiply"(%991, %863) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %993 = "stablehlo.multiply"(%991, %862) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n994_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %994 = "stablehlo.reduce"(%993, %n994_init) ({
    ^bb0(%n994_a: tensor<f32>, %n994_b: tensor<f32>):
      %n994_r = "stablehlo.add"(%n994_a, %n994_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n994_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %995 = "stablehlo.multiply"(%992, %861) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %996 = "stablehlo.multiply"(%992, %849) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %997 = "stablehlo.add"(%980, %995) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n998_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %998 = "stablehlo.reduce"(%996, %n998_init) ({
    ^bb0(%n998_a: tensor<f32>, %n998_b: tensor<f32>):
      %n998_r = "stablehlo.add"(%n998_a, %n998_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n998_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %999 = "stablehlo.reshape"(%998) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1000 = "stablehlo.divide"(%860, %859) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1001 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1002 = "stablehlo.broadcast_in_dim"(%1001) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1003 = "stablehlo.multiply"(%1000, %1002) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1004 = "stablehlo.multiply"(%999, %1003) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1005 = "stablehlo.multiply"(%1004, %855) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1006 = "stablehlo.reshape"(%1005) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1007 = "stablehlo.broadcast_in_dim"(%1006) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1008 = "stablehlo.multiply"(%1007, %849) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1009 = "stablehlo.multiply"(%1007, %849) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1010 = "stablehlo.add"(%997, %1008) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1011 = "stablehlo.add"(%1010, %1009) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1012 = "stablehlo.reshape"(%1011) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1013 = "stablehlo.dot_general"(%1012, %arg90) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1014 = "stablehlo.dot_general"(%1012, %846) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1015 = "stablehlo.reshape"(%1013) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1016 = "stablehlo.reshape"(%1015) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1017 = "stablehlo.transpose"(%1016) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1018 = "stablehlo.dot_general"(%1017, %830) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1019 = "stablehlo.dot_general"(%1017, %842) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1020 = "stablehlo.transpose"(%1019) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1021 = "stablehlo.divide"(%1018, %841) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1022 = "stablehlo.multiply"(%1021, %842) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1023 = "stablehlo.negate"(%1022) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1024_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1024 = "stablehlo.reduce"(%1023, %n1024_init) ({
    ^bb0(%n1024_a: tensor<f32>, %n1024_b: tensor<f32>):
      %n1024_r = "stablehlo.add"(%n1024_a, %n1024_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1024_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1025 = "stablehlo.reshape"(%1024) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1026 = "stablehlo.reshape"(%1025) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1027 = "stablehlo.broadcast_in_dim"(%1026) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1028 = "stablehlo.add"(%1021, %1027) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1029 = "stablehlo.multiply"(%1028, %838) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1030 = "stablehlo.negate"(%1029) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1031_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1031 = "stablehlo.reduce"(%1030, %n1031_init) ({
    ^bb0(%n1031_a: tensor<f32>, %n1031_b: tensor<f32>):
      %n1031_r = "stablehlo.add"(%n1031_a, %n1031_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1031_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1032 = "stablehlo.reshape"(%1031) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1033 = "stablehlo.reshape"(%1032) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1034 = "stablehlo.broadcast_in_dim"(%834) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1035 = "stablehlo.compare"(%833, %1034) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1036 = "stablehlo.convert"(%1035) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1037_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1037 = "stablehlo.reduce"(%1036, %n1037_init) ({
    ^bb0(%n1037_a: tensor<f32>, %n1037_b: tensor<f32>):
      %n1037_r = "stablehlo.add"(%n1037_a, %n1037_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1037_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1038 = "stablehlo.divide"(%1033, %1037) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1039 = "stablehlo.broadcast_in_dim"(%1038) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1040 = "stablehlo.multiply"(%1039, %1036) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1041 = "stablehlo.add"(%1029, %1040) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1042 = "stablehlo.dot_general"(%1041, %826) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1043 = "stablehlo.transpose"(%1042) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1044 = "stablehlo.dot_general"(%1041, %822) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1045 = "stablehlo.transpose"(%1044) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1046 = "stablehlo.reshape"(%1020) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1047 = "stablehlo.reshape"(%1046) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1048 = "stablehlo.dot_general"(%1047, %arg89) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1049 = "stablehlo.dot_general"(%1047, %827) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1050 = "stablehlo.reshape"(%1048) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1051 = "stablehlo.reshape"(%1045) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1052 = "stablehlo.reshape"(%1051) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1053 = "stablehlo.dot_general"(%1052, %arg88) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1054 = "stablehlo.dot_general"(%1052, %823) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1055 = "stablehlo.reshape"(%1053) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1056 = "stablehlo.add"(%1050, %1055) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1057 = "stablehlo.reshape"(%1043) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1058 = "stablehlo.reshape"(%1057) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1059 = "stablehlo.dot_general"(%1058, %arg87) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1060 = "stablehlo.dot_general"(%1058, %819) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1061 = "stablehlo.reshape"(%1059) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1062 = "stablehlo.multiply"(%1061, %813) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1063 = "stablehlo.multiply"(%1061, %812) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1064_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1064 = "stablehlo.reduce"(%1063, %n1064_init) ({
    ^bb0(%n1064_a: tensor<f32>, %n1064_b: tensor<f32>):
      %n1064_r = "stablehlo.add"(%n1064_a, %n1064_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1064_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1065 = "stablehlo.multiply"(%1062, %811) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1066 = "stablehlo.multiply"(%1062, %799) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1067 = "stablehlo.add"(%1011, %1065) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1068_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1068 = "stablehlo.reduce"(%1066, %n1068_init) ({
    ^bb0(%n1068_a: tensor<f32>, %n1068_b: tensor<f32>):
      %n1068_r = "stablehlo.add"(%n1068_a, %n1068_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1068_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1069 = "stablehlo.reshape"(%1068) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1070 = "stablehlo.divide"(%810, %809) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1071 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1072 = "stablehlo.broadcast_in_dim"(%1071) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1073 = "stablehlo.multiply"(%1070, %1072) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1074 = "stablehlo.multiply"(%1069, %1073) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1075 = "stablehlo.multiply"(%1074, %805) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1076 = "stablehlo.reshape"(%1075) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1077 = "stablehlo.broadcast_in_dim"(%1076) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1078 = "stablehlo.multiply"(%1077, %799) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1079 = "stablehlo.multiply"(%1077, %799) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1080 = "stablehlo.add"(%1067, %1078) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1081 = "stablehlo.add"(%1080, %1079) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1082 = "stablehlo.reshape"(%1081) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1083 = "stablehlo.dot_general"(%1082, %arg85) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1084 = "stablehlo.dot_general"(%1082, %796) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1085 = "stablehlo.reshape"(%1083) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1086 = "stablehlo.reshape"(%1085) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1087 = "stablehlo.transpose"(%1086) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1088 = "stablehlo.dot_general"(%1087, %780) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1089 = "stablehlo.dot_general"(%1087, %792) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1090 = "stablehlo.transpose"(%1089) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1091 = "stablehlo.divide"(%1088, %791) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1092 = "stablehlo.multiply"(%1091, %792) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1093 = "stablehlo.negate"(%1092) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1094_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1094 = "stablehlo.reduce"(%1093, %n1094_init) ({
    ^bb0(%n1094_a: tensor<f32>, %n1094_b: tensor<f32>):
      %n1094_r = "stablehlo.add"(%n1094_a, %n1094_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1094_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1095 = "stablehlo.reshape"(%1094) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1096 = "stablehlo.reshape"(%1095) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1097 = "stablehlo.broadcast_in_dim"(%1096) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1098 = "stablehlo.add"(%1091, %1097) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1099 = "stablehlo.multiply"(%1098, %788) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1100 = "stablehlo.negate"(%1099) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1101_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1101 = "stablehlo.reduce"(%1100, %n1101_init) ({
    ^bb0(%n1101_a: tensor<f32>, %n1101_b: tensor<f32>):
      %n1101_r = "stablehlo.add"(%n1101_a, %n1101_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1101_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1102 = "stablehlo.reshape"(%1101) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1103 = "stablehlo.reshape"(%1102) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1104 = "stablehlo.broadcast_in_dim"(%784) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1105 = "stablehlo.compare"(%783, %1104) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1106 = "stablehlo.convert"(%1105) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1107_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1107 = "stablehlo.reduce"(%1106, %n1107_init) ({
    ^bb0(%n1107_a: tensor<f32>, %n1107_b: tensor<f32>):
      %n1107_r = "stablehlo.add"(%n1107_a, %n1107_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1107_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1108 = "stablehlo.divide"(%1103, %1107) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1109 = "stablehlo.broadcast_in_dim"(%1108) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1110 = "stablehlo.multiply"(%1109, %1106) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1111 = "stablehlo.add"(%1099, %1110) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1112_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1112 = "stablehlo.reduce"(%1111, %n1112_init) ({
    ^bb0(%n1112_a: tensor<f32>, %n1112_b: tensor<f32>):
      %n1112_r = "stablehlo.add"(%n1112_a, %n1112_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1112_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1113 = "stablehlo.reshape"(%1112) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1114 = "stablehlo.dot_general"(%1111, %776) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1115 = "stablehlo.transpose"(%1114) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1116 = "stablehlo.dot_general"(%1111, %772) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1117 = "stablehlo.transpose"(%1116) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1118 = "stablehlo.reshape"(%1090) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1119 = "stablehlo.reshape"(%1118) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1120 = "stablehlo.dot_general"(%1119, %arg84) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1121 = "stablehlo.dot_general"(%1119, %777) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1122 = "stablehlo.reshape"(%1120) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1123 = "stablehlo.reshape"(%1117) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1124 = "stablehlo.reshape"(%1123) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1125 = "stablehlo.dot_general"(%1124, %arg83) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1126 = "stablehlo.dot_general"(%1124, %773) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1127 = "stablehlo.reshape"(%1125) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1128 = "stablehlo.add"(%1122, %1127) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1129 = "stablehlo.reshape"(%1115) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1130 = "stablehlo.reshape"(%1129) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1131 = "stablehlo.dot_general"(%1130, %arg82) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1132 = "stablehlo.dot_general"(%1130, %769) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1133 = "stablehlo.reshape"(%1131) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1134 = "stablehlo.add"(%1128, %1133) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1135 = "stablehlo.multiply"(%1134, %763) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1136 = "stablehlo.multiply"(%1134, %762) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1137_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1137 = "stablehlo.reduce"(%1136, %n1137_init) ({
    ^bb0(%n1137_a: tensor<f32>, %n1137_b: tensor<f32>):
      %n1137_r = "stablehlo.add"(%n1137_a, %n1137_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1137_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1138 = "stablehlo.multiply"(%1135, %761) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1139 = "stablehlo.multiply"(%1135, %749) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1140 = "stablehlo.add"(%1081, %1138) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1141_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1141 = "stablehlo.reduce"(%1139, %n1141_init) ({
    ^bb0(%n1141_a: tensor<f32>, %n1141_b: tensor<f32>):
      %n1141_r = "stablehlo.add"(%n1141_a, %n1141_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1141_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1142 = "stablehlo.reshape"(%1141) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1143 = "stablehlo.divide"(%760, %759) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1144 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1145 = "stablehlo.broadcast_in_dim"(%1144) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1146 = "stablehlo.multiply"(%1143, %1145) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1147 = "stablehlo.multiply"(%1142, %1146) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1148 = "stablehlo.multiply"(%1147, %755) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1149 = "stablehlo.reshape"(%1148) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1150 = "stablehlo.broadcast_in_dim"(%1149) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1151 = "stablehlo.multiply"(%1150, %749) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1152 = "stablehlo.multiply"(%1150, %749) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1153 = "stablehlo.add"(%1140, %1151) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1154 = "stablehlo.add"(%1153, %1152) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1155 = "stablehlo.reshape"(%1154) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1156 = "stablehlo.dot_general"(%1155, %arg79) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x512xf32>) -> tensor<96x512xf32>
    %1157 = "stablehlo.dot_general"(%1155, %746) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x512xf32>) -> tensor<128x512xf32>
    %1158 = "stablehlo.reshape"(%1156) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %1159 = "stablehlo.compare"(%742, %744) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %1160 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %1161 = "stablehlo.select"(%1159, %1158, %1160) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %1162 = "stablehlo.reshape"(%1161) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %1163 = "stablehlo.dot_general"(%1162, %arg80) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<512x128xf32>) -> tensor<96x128xf32>
    %1164 = "stablehlo.dot_general"(%1162, %740) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<96x128xf32>) -> tensor<512x128xf32>
    %1165 = "stablehlo.reshape"(%1163) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1166 = "stablehlo.multiply"(%1165, %736) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1167 = "stablehlo.multiply"(%1165, %735) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1168_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1168 = "stablehlo.reduce"(%1167, %n1168_init) ({
    ^bb0(%n1168_a: tensor<f32>, %n1168_b: tensor<f32>):
      %n1168_r = "stablehlo.add"(%n1168_a, %n1168_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1168_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1169 = "stablehlo.multiply"(%1166, %734) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1170 = "stablehlo.multiply"(%1166, %722) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1171 = "stablehlo.add"(%1154, %1169) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1172_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1172 = "stablehlo.reduce"(%1170, %n1172_init) ({
    ^bb0(%n1172_a: tensor<f32>, %n1172_b: tensor<f32>):
      %n1172_r = "stablehlo.add"(%n1172_a, %n1172_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1172_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1173 = "stablehlo.reshape"(%1172) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1174 = "stablehlo.divide"(%733, %732) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1175 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1176 = "stablehlo.broadcast_in_dim"(%1175) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1177 = "stablehlo.multiply"(%1174, %1176) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1178 = "stablehlo.multiply"(%1173, %1177) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1179 = "stablehlo.multiply"(%1178, %728) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1180 = "stablehlo.reshape"(%1179) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1181 = "stablehlo.broadcast_in_dim"(%1180) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1182 = "stablehlo.multiply"(%1181, %722) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1183 = "stablehlo.multiply"(%1181, %722) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1184 = "stablehlo.add"(%1171, %1182) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1185 = "stablehlo.add"(%1184, %1183) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1186 = "stablehlo.reshape"(%1185) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1187 = "stablehlo.dot_general"(%1186, %arg77) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1188 = "stablehlo.dot_general"(%1186, %719) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1189 = "stablehlo.reshape"(%1187) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1190 = "stablehlo.reshape"(%1189) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1191 = "stablehlo.transpose"(%1190) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1192 = "stablehlo.dot_general"(%1191, %703) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1193 = "stablehlo.dot_general"(%1191, %715) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1194 = "stablehlo.transpose"(%1193) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1195 = "stablehlo.divide"(%1192, %714) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1196 = "stablehlo.multiply"(%1195, %715) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1197 = "stablehlo.negate"(%1196) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1198_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1198 = "stablehlo.reduce"(%1197, %n1198_init) ({
    ^bb0(%n1198_a: tensor<f32>, %n1198_b: tensor<f32>):
      %n1198_r = "stablehlo.add"(%n1198_a, %n1198_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1198_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1199 = "stablehlo.reshape"(%1198) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1200 = "stablehlo.reshape"(%1199) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1201 = "stablehlo.broadcast_in_dim"(%1200) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1202 = "stablehlo.add"(%1195, %1201) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1203 = "stablehlo.multiply"(%1202, %711) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1204 = "stablehlo.negate"(%1203) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1205_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1205 = "stablehlo.reduce"(%1204, %n1205_init) ({
    ^bb0(%n1205_a: tensor<f32>, %n1205_b: tensor<f32>):
      %n1205_r = "stablehlo.add"(%n1205_a, %n1205_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1205_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1206 = "stablehlo.reshape"(%1205) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1207 = "stablehlo.reshape"(%1206) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1208 = "stablehlo.broadcast_in_dim"(%707) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1209 = "stablehlo.compare"(%706, %1208) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1210 = "stablehlo.convert"(%1209) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1211_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1211 = "stablehlo.reduce"(%1210, %n1211_init) ({
    ^bb0(%n1211_a: tensor<f32>, %n1211_b: tensor<f32>):
      %n1211_r = "stablehlo.add"(%n1211_a, %n1211_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1211_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1212 = "stablehlo.divide"(%1207, %1211) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1213 = "stablehlo.broadcast_in_dim"(%1212) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1214 = "stablehlo.multiply"(%1213, %1210) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1215 = "stablehlo.add"(%1203, %1214) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1216 = "stablehlo.dot_general"(%1215, %699) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1217 = "stablehlo.transpose"(%1216) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1218 = "stablehlo.dot_general"(%1215, %695) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1219 = "stablehlo.transpose"(%1218) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1220 = "stablehlo.reshape"(%1194) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1221 = "stablehlo.reshape"(%1220) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1222 = "stablehlo.dot_general"(%1221, %arg76) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1223 = "stablehlo.dot_general"(%1221, %700) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1224 = "stablehlo.reshape"(%1222) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1225 = "stablehlo.add"(%1056, %1224) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1226 = "stablehlo.reshape"(%1219) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1227 = "stablehlo.reshape"(%1226) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1228 = "stablehlo.dot_general"(%1227, %arg75) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1229 = "stablehlo.dot_general"(%1227, %696) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1230 = "stablehlo.reshape"(%1228) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1231 = "stablehlo.add"(%1225, %1230) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1232 = "stablehlo.reshape"(%1217) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1233 = "stablehlo.reshape"(%1232) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1234 = "stablehlo.dot_general"(%1233, %arg74) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1235 = "stablehlo.dot_general"(%1233, %692) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1236 = "stablehlo.reshape"(%1234) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1237 = "stablehlo.multiply"(%1236, %686) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1238 = "stablehlo.multiply"(%1236, %685) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1239_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1239 = "stablehlo.reduce"(%1238, %n1239_init) ({
    ^bb0(%n1239_a: tensor<f32>, %n1239_b: tensor<f32>):
      %n1239_r = "stablehlo.add"(%n1239_a, %n1239_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1239_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1240 = "stablehlo.multiply"(%1237, %684) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1241 = "stablehlo.multiply"(%1237, %672) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1242 = "stablehlo.add"(%1185, %1240) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1243_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1243 = "stablehlo.reduce"(%1241, %n1243_init) ({
    ^bb0(%n1243_a: tensor<f32>, %n1243_b: tensor<f32>):
      %n1243_r = "stablehlo.add"(%n1243_a, %n1243_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1243_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1244 = "stablehlo.reshape"(%1243) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1245 = "stablehlo.divide"(%683, %682) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1246 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1247 = "stablehlo.broadcast_in_dim"(%1246) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1248 = "stablehlo.multiply"(%1245, %1247) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1249 = "stablehlo.multiply"(%1244, %1248) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1250 = "stablehlo.multiply"(%1249, %678) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1251 = "stablehlo.reshape"(%1250) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1252 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1253 = "stablehlo.multiply"(%1252, %672) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1254 = "stablehlo.multiply"(%1252, %672) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1255 = "stablehlo.add"(%1242, %1253) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1256 = "stablehlo.add"(%1255, %1254) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1257 = "stablehlo.reshape"(%1256) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1258 = "stablehlo.dot_general"(%1257, %arg72) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1259 = "stablehlo.dot_general"(%1257, %669) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1260 = "stablehlo.reshape"(%1258) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1261 = "stablehlo.reshape"(%1260) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1262 = "stablehlo.transpose"(%1261) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1263 = "stablehlo.dot_general"(%1262, %653) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1264 = "stablehlo.dot_general"(%1262, %665) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1265 = "stablehlo.transpose"(%1264) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1266 = "stablehlo.divide"(%1263, %664) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1267 = "stablehlo.multiply"(%1266, %665) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1268 = "stablehlo.negate"(%1267) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1269_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1269 = "stablehlo.reduce"(%1268, %n1269_init) ({
    ^bb0(%n1269_a: tensor<f32>, %n1269_b: tensor<f32>):
      %n1269_r = "stablehlo.add"(%n1269_a, %n1269_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1269_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1270 = "stablehlo.reshape"(%1269) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1271 = "stablehlo.reshape"(%1270) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1272 = "stablehlo.broadcast_in_dim"(%1271) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1273 = "stablehlo.add"(%1266, %1272) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1274 = "stablehlo.multiply"(%1273, %661) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1275 = "stablehlo.negate"(%1274) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1276_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1276 = "stablehlo.reduce"(%1275, %n1276_init) ({
    ^bb0(%n1276_a: tensor<f32>, %n1276_b: tensor<f32>):
      %n1276_r = "stablehlo.add"(%n1276_a, %n1276_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1276_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1277 = "stablehlo.reshape"(%1276) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1278 = "stablehlo.reshape"(%1277) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1279 = "stablehlo.broadcast_in_dim"(%657) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1280 = "stablehlo.compare"(%656, %1279) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1281 = "stablehlo.convert"(%1280) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1282_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1282 = "stablehlo.reduce"(%1281, %n1282_init) ({
    ^bb0(%n1282_a: tensor<f32>, %n1282_b: tensor<f32>):
      %n1282_r = "stablehlo.add"(%n1282_a, %n1282_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1282_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1283 = "stablehlo.divide"(%1278, %1282) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1284 = "stablehlo.broadcast_in_dim"(%1283) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1285 = "stablehlo.multiply"(%1284, %1281) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1286 = "stablehlo.add"(%1274, %1285) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1287_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1287 = "stablehlo.reduce"(%1286, %n1287_init) ({
    ^bb0(%n1287_a: tensor<f32>, %n1287_b: tensor<f32>):
      %n1287_r = "stablehlo.add"(%n1287_a, %n1287_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1287_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1288 = "stablehlo.reshape"(%1287) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1289 = "stablehlo.add"(%1113, %1288) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1290 = "stablehlo.dot_general"(%1286, %649) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1291 = "stablehlo.transpose"(%1290) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1292 = "stablehlo.dot_general"(%1286, %645) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1293 = "stablehlo.transpose"(%1292) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1294 = "stablehlo.reshape"(%1265) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1295 = "stablehlo.reshape"(%1294) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1296 = "stablehlo.dot_general"(%1295, %arg71) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1297 = "stablehlo.dot_general"(%1295, %650) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1298 = "stablehlo.reshape"(%1296) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1299 = "stablehlo.reshape"(%1293) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1300 = "stablehlo.reshape"(%1299) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1301 = "stablehlo.dot_general"(%1300, %arg70) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1302 = "stablehlo.dot_general"(%1300, %646) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1303 = "stablehlo.reshape"(%1301) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1304 = "stablehlo.add"(%1298, %1303) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1305 = "stablehlo.reshape"(%1291) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1306 = "stablehlo.reshape"(%1305) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1307 = "stablehlo.dot_general"(%1306, %arg69) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1308 = "stablehlo.dot_general"(%1306, %642) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1309 = "stablehlo.reshape"(%1307) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1310 = "stablehlo.add"(%1304, %1309) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1311 = "stablehlo.multiply"(%1310, %636) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1312 = "stablehlo.multiply"(%1310, %635) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1313_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1313 = "stablehlo.reduce"(%1312, %n1313_init) ({
    ^bb0(%n1313_a: tensor<f32>, %n1313_b: tensor<f32>):
      %n1313_r = "stablehlo.add"(%n1313_a, %n1313_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1313_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1314 = "stablehlo.multiply"(%1311, %634) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1315 = "stablehlo.multiply"(%1311, %622) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1316 = "stablehlo.add"(%1256, %1314) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1317_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1317 = "stablehlo.reduce"(%1315, %n1317_init) ({
    ^bb0(%n1317_a: tensor<f32>, %n1317_b: tensor<f32>):
      %n1317_r = "stablehlo.add"(%n1317_a, %n1317_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1317_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1318 = "stablehlo.reshape"(%1317) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1319 = "stablehlo.divide"(%633, %632) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1320 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1321 = "stablehlo.broadcast_in_dim"(%1320) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1322 = "stablehlo.multiply"(%1319, %1321) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1323 = "stablehlo.multiply"(%1318, %1322) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1324 = "stablehlo.multiply"(%1323, %628) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1325 = "stablehlo.reshape"(%1324) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1326 = "stablehlo.broadcast_in_dim"(%1325) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1327 = "stablehlo.multiply"(%1326, %622) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1328 = "stablehlo.multiply"(%1326, %622) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1329 = "stablehlo.add"(%1316, %1327) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1330 = "stablehlo.add"(%1329, %1328) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1331 = "stablehlo.reshape"(%1330) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1332 = "stablehlo.dot_general"(%1331, %arg66) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x512xf32>) -> tensor<96x512xf32>
    %1333 = "stablehlo.dot_general"(%1331, %619) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x512xf32>) -> tensor<128x512xf32>
    %1334 = "stablehlo.reshape"(%1332) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %1335 = "stablehlo.compare"(%615, %617) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %1336 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %1337 = "stablehlo.select"(%1335, %1334, %1336) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %1338 = "stablehlo.reshape"(%1337) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %1339 = "stablehlo.dot_general"(%1338, %arg67) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<512x128xf32>) -> tensor<96x128xf32>
    %1340 = "stablehlo.dot_general"(%1338, %613) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<96x128xf32>) -> tensor<512x128xf32>
    %1341 = "stablehlo.reshape"(%1339) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1342 = "stablehlo.multiply"(%1341, %609) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1343 = "stablehlo.multiply"(%1341, %608) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1344_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1344 = "stablehlo.reduce"(%1343, %n1344_init) ({
    ^bb0(%n1344_a: tensor<f32>, %n1344_b: tensor<f32>):
      %n1344_r = "stablehlo.add"(%n1344_a, %n1344_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1344_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1345 = "stablehlo.multiply"(%1342, %607) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1346 = "stablehlo.multiply"(%1342, %595) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1347 = "stablehlo.add"(%1330, %1345) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1348_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1348 = "stablehlo.reduce"(%1346, %n1348_init) ({
    ^bb0(%n1348_a: tensor<f32>, %n1348_b: tensor<f32>):
      %n1348_r = "stablehlo.add"(%n1348_a, %n1348_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1348_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1349 = "stablehlo.reshape"(%1348) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1350 = "stablehlo.divide"(%606, %605) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1351 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1352 = "stablehlo.broadcast_in_dim"(%1351) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1353 = "stablehlo.multiply"(%1350, %1352) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1354 = "stablehlo.multiply"(%1349, %1353) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1355 = "stablehlo.multiply"(%1354, %601) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1356 = "stablehlo.reshape"(%1355) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1357 = "stablehlo.broadcast_in_dim"(%1356) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1358 = "stablehlo.multiply"(%1357, %595) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1359 = "stablehlo.multiply"(%1357, %595) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1360 = "stablehlo.add"(%1347, %1358) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1361 = "stablehlo.add"(%1360, %1359) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1362 = "stablehlo.reshape"(%1361) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1363 = "stablehlo.dot_general"(%1362, %arg64) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1364 = "stablehlo.dot_general"(%1362, %592) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1365 = "stablehlo.reshape"(%1363) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1366 = "stablehlo.reshape"(%1365) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1367 = "stablehlo.transpose"(%1366) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1368 = "stablehlo.dot_general"(%1367, %576) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1369 = "stablehlo.dot_general"(%1367, %588) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1370 = "stablehlo.transpose"(%1369) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1371 = "stablehlo.divide"(%1368, %587) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1372 = "stablehlo.multiply"(%1371, %588) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1373 = "stablehlo.negate"(%1372) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1374_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1374 = "stablehlo.reduce"(%1373, %n1374_init) ({
    ^bb0(%n1374_a: tensor<f32>, %n1374_b: tensor<f32>):
      %n1374_r = "stablehlo.add"(%n1374_a, %n1374_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1374_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1375 = "stablehlo.reshape"(%1374) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1376 = "stablehlo.reshape"(%1375) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1377 = "stablehlo.broadcast_in_dim"(%1376) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1378 = "stablehlo.add"(%1371, %1377) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1379 = "stablehlo.multiply"(%1378, %584) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1380 = "stablehlo.negate"(%1379) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1381_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1381 = "stablehlo.reduce"(%1380, %n1381_init) ({
    ^bb0(%n1381_a: tensor<f32>, %n1381_b: tensor<f32>):
      %n1381_r = "stablehlo.add"(%n1381_a, %n1381_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1381_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1382 = "stablehlo.reshape"(%1381) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1383 = "stablehlo.reshape"(%1382) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1384 = "stablehlo.broadcast_in_dim"(%580) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1385 = "stablehlo.compare"(%579, %1384) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1386 = "stablehlo.convert"(%1385) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1387_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1387 = "stablehlo.reduce"(%1386, %n1387_init) ({
    ^bb0(%n1387_a: tensor<f32>, %n1387_b: tensor<f32>):
      %n1387_r = "stablehlo.add"(%n1387_a, %n1387_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1387_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1388 = "stablehlo.divide"(%1383, %1387) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1389 = "stablehlo.broadcast_in_dim"(%1388) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1390 = "stablehlo.multiply"(%1389, %1386) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1391 = "stablehlo.add"(%1379, %1390) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1392 = "stablehlo.dot_general"(%1391, %572) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1393 = "stablehlo.transpose"(%1392) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1394 = "stablehlo.dot_general"(%1391, %568) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1395 = "stablehlo.transpose"(%1394) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1396 = "stablehlo.reshape"(%1370) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1397 = "stablehlo.reshape"(%1396) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1398 = "stablehlo.dot_general"(%1397, %arg63) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1399 = "stablehlo.dot_general"(%1397, %573) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1400 = "stablehlo.reshape"(%1398) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1401 = "stablehlo.add"(%1231, %1400) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1402 = "stablehlo.reshape"(%1395) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1403 = "stablehlo.reshape"(%1402) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1404 = "stablehlo.dot_general"(%1403, %arg62) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1405 = "stablehlo.dot_general"(%1403, %569) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1406 = "stablehlo.reshape"(%1404) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1407 = "stablehlo.add"(%1401, %1406) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1408 = "stablehlo.reshape"(%1393) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1409 = "stablehlo.reshape"(%1408) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1410 = "stablehlo.dot_general"(%1409, %arg61) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1411 = "stablehlo.dot_general"(%1409, %565) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1412 = "stablehlo.reshape"(%1410) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1413 = "stablehlo.multiply"(%1412, %559) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1414 = "stablehlo.multiply"(%1412, %558) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1415_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1415 = "stablehlo.reduce"(%1414, %n1415_init) ({
    ^bb0(%n1415_a: tensor<f32>, %n1415_b: tensor<f32>):
      %n1415_r = "stablehlo.add"(%n1415_a, %n1415_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1415_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1416 = "stablehlo.multiply"(%1413, %557) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1417 = "stablehlo.multiply"(%1413, %545) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1418 = "stablehlo.add"(%1361, %1416) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1419_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1419 = "stablehlo.reduce"(%1417, %n1419_init) ({
    ^bb0(%n1419_a: tensor<f32>, %n1419_b: tensor<f32>):
      %n1419_r = "stablehlo.add"(%n1419_a, %n1419_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1419_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1420 = "stablehlo.reshape"(%1419) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1421 = "stablehlo.divide"(%556, %555) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1422 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1423 = "stablehlo.broadcast_in_dim"(%1422) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1424 = "stablehlo.multiply"(%1421, %1423) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1425 = "stablehlo.multiply"(%1420, %1424) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1426 = "stablehlo.multiply"(%1425, %551) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1427 = "stablehlo.reshape"(%1426) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1428 = "stablehlo.broadcast_in_dim"(%1427) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1429 = "stablehlo.multiply"(%1428, %545) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1430 = "stablehlo.multiply"(%1428, %545) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1431 = "stablehlo.add"(%1418, %1429) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1432 = "stablehlo.add"(%1431, %1430) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1433 = "stablehlo.reshape"(%1432) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1434 = "stablehlo.dot_general"(%1433, %arg59) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1435 = "stablehlo.dot_general"(%1433, %542) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1436 = "stablehlo.reshape"(%1434) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1437 = "stablehlo.reshape"(%1436) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1438 = "stablehlo.transpose"(%1437) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1439 = "stablehlo.dot_general"(%1438, %526) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1440 = "stablehlo.dot_general"(%1438, %538) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1441 = "stablehlo.transpose"(%1440) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1442 = "stablehlo.divide"(%1439, %537) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1443 = "stablehlo.multiply"(%1442, %538) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1444 = "stablehlo.negate"(%1443) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1445_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1445 = "stablehlo.reduce"(%1444, %n1445_init) ({
    ^bb0(%n1445_a: tensor<f32>, %n1445_b: tensor<f32>):
      %n1445_r = "stablehlo.add"(%n1445_a, %n1445_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1445_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1446 = "stablehlo.reshape"(%1445) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1447 = "stablehlo.reshape"(%1446) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1448 = "stablehlo.broadcast_in_dim"(%1447) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1449 = "stablehlo.add"(%1442, %1448) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1450 = "stablehlo.multiply"(%1449, %534) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1451 = "stablehlo.negate"(%1450) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1452_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1452 = "stablehlo.reduce"(%1451, %n1452_init) ({
    ^bb0(%n1452_a: tensor<f32>, %n1452_b: tensor<f32>):
      %n1452_r = "stablehlo.add"(%n1452_a, %n1452_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1452_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1453 = "stablehlo.reshape"(%1452) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1454 = "stablehlo.reshape"(%1453) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1455 = "stablehlo.broadcast_in_dim"(%530) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1456 = "stablehlo.compare"(%529, %1455) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1457 = "stablehlo.convert"(%1456) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1458_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1458 = "stablehlo.reduce"(%1457, %n1458_init) ({
    ^bb0(%n1458_a: tensor<f32>, %n1458_b: tensor<f32>):
      %n1458_r = "stablehlo.add"(%n1458_a, %n1458_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1458_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1459 = "stablehlo.divide"(%1454, %1458) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1460 = "stablehlo.broadcast_in_dim"(%1459) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1461 = "stablehlo.multiply"(%1460, %1457) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1462 = "stablehlo.add"(%1450, %1461) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1463_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1463 = "stablehlo.reduce"(%1462, %n1463_init) ({
    ^bb0(%n1463_a: tensor<f32>, %n1463_b: tensor<f32>):
      %n1463_r = "stablehlo.add"(%n1463_a, %n1463_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1463_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1464 = "stablehlo.reshape"(%1463) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1465 = "stablehlo.add"(%1289, %1464) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1466 = "stablehlo.dot_general"(%1462, %522) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1467 = "stablehlo.transpose"(%1466) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1468 = "stablehlo.dot_general"(%1462, %518) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1469 = "stablehlo.transpose"(%1468) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1470 = "stablehlo.reshape"(%1441) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1471 = "stablehlo.reshape"(%1470) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1472 = "stablehlo.dot_general"(%1471, %arg58) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1473 = "stablehlo.dot_general"(%1471, %523) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1474 = "stablehlo.reshape"(%1472) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1475 = "stablehlo.reshape"(%1469) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1476 = "stablehlo.reshape"(%1475) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1477 = "stablehlo.dot_general"(%1476, %arg57) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1478 = "stablehlo.dot_general"(%1476, %519) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1479 = "stablehlo.reshape"(%1477) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1480 = "stablehlo.add"(%1474, %1479) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1481 = "stablehlo.reshape"(%1467) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1482 = "stablehlo.reshape"(%1481) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1483 = "stablehlo.dot_general"(%1482, %arg56) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1484 = "stablehlo.dot_general"(%1482, %515) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1485 = "stablehlo.reshape"(%1483) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1486 = "stablehlo.add"(%1480, %1485) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1487 = "stablehlo.multiply"(%1486, %509) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1488 = "stablehlo.multiply"(%1486, %508) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1489_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1489 = "stablehlo.reduce"(%1488, %n1489_init) ({
    ^bb0(%n1489_a: tensor<f32>, %n1489_b: tensor<f32>):
      %n1489_r = "stablehlo.add"(%n1489_a, %n1489_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1489_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1490 = "stablehlo.multiply"(%1487, %507) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1491 = "stablehlo.multiply"(%1487, %495) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1492 = "stablehlo.add"(%1432, %1490) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1493_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1493 = "stablehlo.reduce"(%1491, %n1493_init) ({
    ^bb0(%n1493_a: tensor<f32>, %n1493_b: tensor<f32>):
      %n1493_r = "stablehlo.add"(%n1493_a, %n1493_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1493_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1494 = "stablehlo.reshape"(%1493) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1495 = "stablehlo.divide"(%506, %505) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1496 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1497 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1498 = "stablehlo.multiply"(%1495, %1497) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1499 = "stablehlo.multiply"(%1494, %1498) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1500 = "stablehlo.multiply"(%1499, %501) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1501 = "stablehlo.reshape"(%1500) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1502 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1503 = "stablehlo.multiply"(%1502, %495) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1504 = "stablehlo.multiply"(%1502, %495) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1505 = "stablehlo.add"(%1492, %1503) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1506 = "stablehlo.add"(%1505, %1504) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1507 = "stablehlo.reshape"(%1506) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1508 = "stablehlo.dot_general"(%1507, %arg53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x512xf32>) -> tensor<96x512xf32>
    %1509 = "stablehlo.dot_general"(%1507, %492) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x512xf32>) -> tensor<128x512xf32>
    %1510 = "stablehlo.reshape"(%1508) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %1511 = "stablehlo.compare"(%488, %490) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %1512 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %1513 = "stablehlo.select"(%1511, %1510, %1512) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %1514 = "stablehlo.reshape"(%1513) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %1515 = "stablehlo.dot_general"(%1514, %arg54) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<512x128xf32>) -> tensor<96x128xf32>
    %1516 = "stablehlo.dot_general"(%1514, %486) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<96x128xf32>) -> tensor<512x128xf32>
    %1517 = "stablehlo.reshape"(%1515) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1518 = "stablehlo.multiply"(%1517, %482) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1519 = "stablehlo.multiply"(%1517, %481) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1520_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1520 = "stablehlo.reduce"(%1519, %n1520_init) ({
    ^bb0(%n1520_a: tensor<f32>, %n1520_b: tensor<f32>):
      %n1520_r = "stablehlo.add"(%n1520_a, %n1520_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1520_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1521 = "stablehlo.multiply"(%1518, %480) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1522 = "stablehlo.multiply"(%1518, %468) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1523 = "stablehlo.add"(%1506, %1521) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1524_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1524 = "stablehlo.reduce"(%1522, %n1524_init) ({
    ^bb0(%n1524_a: tensor<f32>, %n1524_b: tensor<f32>):
      %n1524_r = "stablehlo.add"(%n1524_a, %n1524_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1524_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1525 = "stablehlo.reshape"(%1524) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1526 = "stablehlo.divide"(%479, %478) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1527 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1528 = "stablehlo.broadcast_in_dim"(%1527) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1529 = "stablehlo.multiply"(%1526, %1528) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1530 = "stablehlo.multiply"(%1525, %1529) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1531 = "stablehlo.multiply"(%1530, %474) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1532 = "stablehlo.reshape"(%1531) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1533 = "stablehlo.broadcast_in_dim"(%1532) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1534 = "stablehlo.multiply"(%1533, %468) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1535 = "stablehlo.multiply"(%1533, %468) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1536 = "stablehlo.add"(%1523, %1534) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1537 = "stablehlo.add"(%1536, %1535) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1538 = "stablehlo.reshape"(%1537) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1539 = "stablehlo.dot_general"(%1538, %arg51) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1540 = "stablehlo.dot_general"(%1538, %465) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1541 = "stablehlo.reshape"(%1539) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1542 = "stablehlo.reshape"(%1541) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1543 = "stablehlo.transpose"(%1542) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1544 = "stablehlo.dot_general"(%1543, %449) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1545 = "stablehlo.dot_general"(%1543, %461) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1546 = "stablehlo.transpose"(%1545) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1547 = "stablehlo.divide"(%1544, %460) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1548 = "stablehlo.multiply"(%1547, %461) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1549 = "stablehlo.negate"(%1548) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1550_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1550 = "stablehlo.reduce"(%1549, %n1550_init) ({
    ^bb0(%n1550_a: tensor<f32>, %n1550_b: tensor<f32>):
      %n1550_r = "stablehlo.add"(%n1550_a, %n1550_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1550_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1551 = "stablehlo.reshape"(%1550) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1552 = "stablehlo.reshape"(%1551) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1553 = "stablehlo.broadcast_in_dim"(%1552) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1554 = "stablehlo.add"(%1547, %1553) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1555 = "stablehlo.multiply"(%1554, %457) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1556 = "stablehlo.negate"(%1555) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1557_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1557 = "stablehlo.reduce"(%1556, %n1557_init) ({
    ^bb0(%n1557_a: tensor<f32>, %n1557_b: tensor<f32>):
      %n1557_r = "stablehlo.add"(%n1557_a, %n1557_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1557_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1558 = "stablehlo.reshape"(%1557) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1559 = "stablehlo.reshape"(%1558) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1560 = "stablehlo.broadcast_in_dim"(%453) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1561 = "stablehlo.compare"(%452, %1560) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1562 = "stablehlo.convert"(%1561) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1563_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1563 = "stablehlo.reduce"(%1562, %n1563_init) ({
    ^bb0(%n1563_a: tensor<f32>, %n1563_b: tensor<f32>):
      %n1563_r = "stablehlo.add"(%n1563_a, %n1563_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1563_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1564 = "stablehlo.divide"(%1559, %1563) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1565 = "stablehlo.broadcast_in_dim"(%1564) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1566 = "stablehlo.multiply"(%1565, %1562) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1567 = "stablehlo.add"(%1555, %1566) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1568 = "stablehlo.dot_general"(%1567, %445) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1569 = "stablehlo.transpose"(%1568) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1570 = "stablehlo.dot_general"(%1567, %441) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1571 = "stablehlo.transpose"(%1570) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1572 = "stablehlo.reshape"(%1546) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1573 = "stablehlo.reshape"(%1572) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1574 = "stablehlo.dot_general"(%1573, %arg50) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1575 = "stablehlo.dot_general"(%1573, %446) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1576 = "stablehlo.reshape"(%1574) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1577 = "stablehlo.add"(%1407, %1576) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1578 = "stablehlo.reshape"(%1571) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1579 = "stablehlo.reshape"(%1578) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1580 = "stablehlo.dot_general"(%1579, %arg49) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1581 = "stablehlo.dot_general"(%1579, %442) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1582 = "stablehlo.reshape"(%1580) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1583 = "stablehlo.add"(%1577, %1582) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1584 = "stablehlo.reshape"(%1569) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1585 = "stablehlo.reshape"(%1584) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1586 = "stablehlo.dot_general"(%1585, %arg48) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1587 = "stablehlo.dot_general"(%1585, %438) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1588 = "stablehlo.reshape"(%1586) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1589 = "stablehlo.multiply"(%1588, %432) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1590 = "stablehlo.multiply"(%1588, %431) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1591_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1591 = "stablehlo.reduce"(%1590, %n1591_init) ({
    ^bb0(%n1591_a: tensor<f32>, %n1591_b: tensor<f32>):
      %n1591_r = "stablehlo.add"(%n1591_a, %n1591_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1591_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1592 = "stablehlo.multiply"(%1589, %430) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1593 = "stablehlo.multiply"(%1589, %418) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1594 = "stablehlo.add"(%1537, %1592) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1595_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1595 = "stablehlo.reduce"(%1593, %n1595_init) ({
    ^bb0(%n1595_a: tensor<f32>, %n1595_b: tensor<f32>):
      %n1595_r = "stablehlo.add"(%n1595_a, %n1595_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1595_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1596 = "stablehlo.reshape"(%1595) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1597 = "stablehlo.divide"(%429, %428) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1598 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1599 = "stablehlo.broadcast_in_dim"(%1598) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1600 = "stablehlo.multiply"(%1597, %1599) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1601 = "stablehlo.multiply"(%1596, %1600) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1602 = "stablehlo.multiply"(%1601, %424) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1603 = "stablehlo.reshape"(%1602) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1604 = "stablehlo.broadcast_in_dim"(%1603) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1605 = "stablehlo.multiply"(%1604, %418) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1606 = "stablehlo.multiply"(%1604, %418) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1607 = "stablehlo.add"(%1594, %1605) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1608 = "stablehlo.add"(%1607, %1606) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1609 = "stablehlo.reshape"(%1608) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1610 = "stablehlo.dot_general"(%1609, %arg46) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1611 = "stablehlo.dot_general"(%1609, %415) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1612 = "stablehlo.reshape"(%1610) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1613 = "stablehlo.reshape"(%1612) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1614 = "stablehlo.transpose"(%1613) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1615 = "stablehlo.dot_general"(%1614, %399) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1616 = "stablehlo.dot_general"(%1614, %411) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1617 = "stablehlo.transpose"(%1616) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1618 = "stablehlo.divide"(%1615, %410) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1619 = "stablehlo.multiply"(%1618, %411) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1620 = "stablehlo.negate"(%1619) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1621_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1621 = "stablehlo.reduce"(%1620, %n1621_init) ({
    ^bb0(%n1621_a: tensor<f32>, %n1621_b: tensor<f32>):
      %n1621_r = "stablehlo.add"(%n1621_a, %n1621_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1621_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1622 = "stablehlo.reshape"(%1621) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1623 = "stablehlo.reshape"(%1622) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1624 = "stablehlo.broadcast_in_dim"(%1623) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1625 = "stablehlo.add"(%1618, %1624) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1626 = "stablehlo.multiply"(%1625, %407) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1627 = "stablehlo.negate"(%1626) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1628_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1628 = "stablehlo.reduce"(%1627, %n1628_init) ({
    ^bb0(%n1628_a: tensor<f32>, %n1628_b: tensor<f32>):
      %n1628_r = "stablehlo.add"(%n1628_a, %n1628_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1628_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1629 = "stablehlo.reshape"(%1628) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1630 = "stablehlo.reshape"(%1629) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1631 = "stablehlo.broadcast_in_dim"(%403) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1632 = "stablehlo.compare"(%402, %1631) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1633 = "stablehlo.convert"(%1632) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1634_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1634 = "stablehlo.reduce"(%1633, %n1634_init) ({
    ^bb0(%n1634_a: tensor<f32>, %n1634_b: tensor<f32>):
      %n1634_r = "stablehlo.add"(%n1634_a, %n1634_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1634_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1635 = "stablehlo.divide"(%1630, %1634) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1636 = "stablehlo.broadcast_in_dim"(%1635) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1637 = "stablehlo.multiply"(%1636, %1633) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1638 = "stablehlo.add"(%1626, %1637) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1639_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1639 = "stablehlo.reduce"(%1638, %n1639_init) ({
    ^bb0(%n1639_a: tensor<f32>, %n1639_b: tensor<f32>):
      %n1639_r = "stablehlo.add"(%n1639_a, %n1639_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1639_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1640 = "stablehlo.reshape"(%1639) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1641 = "stablehlo.add"(%1465, %1640) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1642 = "stablehlo.dot_general"(%1638, %395) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1643 = "stablehlo.transpose"(%1642) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1644 = "stablehlo.dot_general"(%1638, %391) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1645 = "stablehlo.transpose"(%1644) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1646 = "stablehlo.reshape"(%1617) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1647 = "stablehlo.reshape"(%1646) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1648 = "stablehlo.dot_general"(%1647, %arg45) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1649 = "stablehlo.dot_general"(%1647, %396) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1650 = "stablehlo.reshape"(%1648) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1651 = "stablehlo.reshape"(%1645) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1652 = "stablehlo.reshape"(%1651) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1653 = "stablehlo.dot_general"(%1652, %arg44) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1654 = "stablehlo.dot_general"(%1652, %392) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1655 = "stablehlo.reshape"(%1653) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1656 = "stablehlo.add"(%1650, %1655) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1657 = "stablehlo.reshape"(%1643) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1658 = "stablehlo.reshape"(%1657) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1659 = "stablehlo.dot_general"(%1658, %arg43) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1660 = "stablehlo.dot_general"(%1658, %388) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1661 = "stablehlo.reshape"(%1659) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1662 = "stablehlo.add"(%1656, %1661) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1663 = "stablehlo.multiply"(%1662, %382) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1664 = "stablehlo.multiply"(%1662, %381) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1665_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1665 = "stablehlo.reduce"(%1664, %n1665_init) ({
    ^bb0(%n1665_a: tensor<f32>, %n1665_b: tensor<f32>):
      %n1665_r = "stablehlo.add"(%n1665_a, %n1665_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1665_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1666 = "stablehlo.multiply"(%1663, %380) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1667 = "stablehlo.multiply"(%1663, %351) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1668 = "stablehlo.add"(%1608, %1666) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1669_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1669 = "stablehlo.reduce"(%1667, %n1669_init) ({
    ^bb0(%n1669_a: tensor<f32>, %n1669_b: tensor<f32>):
      %n1669_r = "stablehlo.add"(%n1669_a, %n1669_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1669_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1670 = "stablehlo.reshape"(%1669) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1671 = "stablehlo.divide"(%379, %378) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1672 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1673 = "stablehlo.broadcast_in_dim"(%1672) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1674 = "stablehlo.multiply"(%1671, %1673) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1675 = "stablehlo.multiply"(%1670, %1674) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1676 = "stablehlo.multiply"(%1675, %374) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1677 = "stablehlo.reshape"(%1676) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1678 = "stablehlo.broadcast_in_dim"(%1677) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1679 = "stablehlo.multiply"(%1678, %351) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1680 = "stablehlo.multiply"(%1678, %351) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1681 = "stablehlo.add"(%1668, %1679) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1682 = "stablehlo.add"(%1681, %1680) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1683 = "stablehlo.reshape"(%1641) : (tensor<1x4x3x3xf32>) -> tensor<4x3x3xf32>
    %1684 = "stablehlo.transpose"(%1683) {permutation = array<i64: 1, 2, 0>} : (tensor<4x3x3xf32>) -> tensor<3x3x4xf32>
    %1685 = stablehlo.constant dense<0x00000000> : tensor<32x4xf32>
    %1686 = "stablehlo.scatter"(%1685, %353, %1684) ({
    ^bb0(%n1686_a: tensor<f32>, %n1686_b: tensor<f32>):
      %n1686_r = "stablehlo.add"(%n1686_a, %n1686_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1686_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32x4xf32>, tensor<3x3xi32>, tensor<3x3x4xf32>) -> tensor<32x4xf32>
    %1687 = stablehlo.constant dense<0x00000000> : tensor<32128x128xf32>
    %1688 = "stablehlo.scatter"(%1687, %arg2, %1682) ({
    ^bb0(%n1688_a: tensor<f32>, %n1688_b: tensor<f32>):
      %n1688_r = "stablehlo.add"(%n1688_a, %n1688_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1688_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32128x128xf32>, tensor<32x3xi32>, tensor<32x3x128xf32>) -> tensor<32128x128xf32>
    %1689 = "stablehlo.add"(%958, %1688) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %1690 = "stablehlo.multiply"(%1583, %349) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1691 = "stablehlo.multiply"(%1583, %348) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1692_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1692 = "stablehlo.reduce"(%1691, %n1692_init) ({
    ^bb0(%n1692_a: tensor<f32>, %n1692_b: tensor<f32>):
      %n1692_r = "stablehlo.add"(%n1692_a, %n1692_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1692_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1693 = "stablehlo.multiply"(%1690, %347) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1694 = "stablehlo.multiply"(%1690, %335) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1695_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1695 = "stablehlo.reduce"(%1694, %n1695_init) ({
    ^bb0(%n1695_a: tensor<f32>, %n1695_b: tensor<f32>):
      %n1695_r = "stablehlo.add"(%n1695_a, %n1695_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1695_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1696 = "stablehlo.reshape"(%1695) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1697 = "stablehlo.divide"(%346, %345) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1698 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1699 = "stablehlo.broadcast_in_dim"(%1698) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1700 = "stablehlo.multiply"(%1697, %1699) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1701 = "stablehlo.multiply"(%1696, %1700) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1702 = "stablehlo.multiply"(%1701, %341) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1703 = "stablehlo.reshape"(%1702) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1704 = "stablehlo.broadcast_in_dim"(%1703) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1705 = "stablehlo.multiply"(%1704, %335) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1706 = "stablehlo.multiply"(%1704, %335) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1707 = "stablehlo.add"(%1693, %1705) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1708 = "stablehlo.add"(%1707, %1706) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1709 = "stablehlo.reshape"(%1708) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1710 = "stablehlo.dot_general"(%1709, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x512xf32>) -> tensor<1536x512xf32>
    %1711 = "stablehlo.dot_general"(%1709, %332) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x512xf32>) -> tensor<128x512xf32>
    %1712 = "stablehlo.reshape"(%1710) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %1713 = "stablehlo.compare"(%328, %330) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %1714 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %1715 = "stablehlo.select"(%1713, %1712, %1714) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %1716 = "stablehlo.reshape"(%1715) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %1717 = "stablehlo.dot_general"(%1716, %arg39) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<512x128xf32>) -> tensor<1536x128xf32>
    %1718 = "stablehlo.dot_general"(%1716, %326) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<1536x128xf32>) -> tensor<512x128xf32>
    %1719 = "stablehlo.reshape"(%1717) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1720 = "stablehlo.multiply"(%1719, %322) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1721 = "stablehlo.multiply"(%1719, %321) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1722_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1722 = "stablehlo.reduce"(%1721, %n1722_init) ({
    ^bb0(%n1722_a: tensor<f32>, %n1722_b: tensor<f32>):
      %n1722_r = "stablehlo.add"(%n1722_a, %n1722_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1722_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1723 = "stablehlo.multiply"(%1720, %320) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1724 = "stablehlo.multiply"(%1720, %308) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1725 = "stablehlo.add"(%1708, %1723) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1726_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1726 = "stablehlo.reduce"(%1724, %n1726_init) ({
    ^bb0(%n1726_a: tensor<f32>, %n1726_b: tensor<f32>):
      %n1726_r = "stablehlo.add"(%n1726_a, %n1726_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1726_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1727 = "stablehlo.reshape"(%1726) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1728 = "stablehlo.divide"(%319, %318) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1729 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1730 = "stablehlo.broadcast_in_dim"(%1729) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1731 = "stablehlo.multiply"(%1728, %1730) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1732 = "stablehlo.multiply"(%1727, %1731) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1733 = "stablehlo.multiply"(%1732, %314) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1734 = "stablehlo.reshape"(%1733) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1735 = "stablehlo.broadcast_in_dim"(%1734) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1736 = "stablehlo.multiply"(%1735, %308) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1737 = "stablehlo.multiply"(%1735, %308) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1738 = "stablehlo.add"(%1725, %1736) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1739 = "stablehlo.add"(%1738, %1737) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1740 = "stablehlo.reshape"(%1739) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1741 = "stablehlo.dot_general"(%1740, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1742 = "stablehlo.dot_general"(%1740, %305) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1743 = "stablehlo.reshape"(%1741) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1744 = "stablehlo.reshape"(%1743) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %1745 = "stablehlo.transpose"(%1744) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1746 = "stablehlo.dot_general"(%1745, %290) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %1747 = "stablehlo.dot_general"(%1745, %301) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %1748 = "stablehlo.transpose"(%1747) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1749 = "stablehlo.divide"(%1746, %300) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1750 = "stablehlo.multiply"(%1749, %301) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1751 = "stablehlo.negate"(%1750) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1752_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1752 = "stablehlo.reduce"(%1751, %n1752_init) ({
    ^bb0(%n1752_a: tensor<f32>, %n1752_b: tensor<f32>):
      %n1752_r = "stablehlo.add"(%n1752_a, %n1752_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1752_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1753 = "stablehlo.reshape"(%1752) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1754 = "stablehlo.reshape"(%1753) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1755 = "stablehlo.broadcast_in_dim"(%1754) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1756 = "stablehlo.add"(%1749, %1755) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1757 = "stablehlo.multiply"(%1756, %297) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1758 = "stablehlo.negate"(%1757) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1759_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1759 = "stablehlo.reduce"(%1758, %n1759_init) ({
    ^bb0(%n1759_a: tensor<f32>, %n1759_b: tensor<f32>):
      %n1759_r = "stablehlo.add"(%n1759_a, %n1759_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1759_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1760 = "stablehlo.reshape"(%1759) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1761 = "stablehlo.reshape"(%1760) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1762 = "stablehlo.broadcast_in_dim"(%293) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1763 = "stablehlo.compare"(%292, %1762) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %1764 = "stablehlo.convert"(%1763) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n1765_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1765 = "stablehlo.reduce"(%1764, %n1765_init) ({
    ^bb0(%n1765_a: tensor<f32>, %n1765_b: tensor<f32>):
      %n1765_r = "stablehlo.add"(%n1765_a, %n1765_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1765_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1766 = "stablehlo.divide"(%1761, %1765) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %1767 = "stablehlo.broadcast_in_dim"(%1766) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1768 = "stablehlo.multiply"(%1767, %1764) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1769 = "stablehlo.add"(%1757, %1768) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1770 = "stablehlo.dot_general"(%1769, %286) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1771 = "stablehlo.transpose"(%1770) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1772 = "stablehlo.dot_general"(%1769, %282) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1773 = "stablehlo.transpose"(%1772) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1774 = "stablehlo.reshape"(%1748) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1775 = "stablehlo.reshape"(%1774) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1776 = "stablehlo.dot_general"(%1775, %arg35) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1777 = "stablehlo.dot_general"(%1775, %287) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1778 = "stablehlo.reshape"(%1776) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1779 = "stablehlo.reshape"(%1773) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1780 = "stablehlo.reshape"(%1779) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1781 = "stablehlo.dot_general"(%1780, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1782 = "stablehlo.dot_general"(%1780, %283) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1783 = "stablehlo.reshape"(%1781) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1784 = "stablehlo.add"(%1778, %1783) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1785 = "stablehlo.reshape"(%1771) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1786 = "stablehlo.reshape"(%1785) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1787 = "stablehlo.dot_general"(%1786, %arg33) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1788 = "stablehlo.dot_general"(%1786, %279) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1789 = "stablehlo.reshape"(%1787) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1790 = "stablehlo.add"(%1784, %1789) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1791 = "stablehlo.multiply"(%1790, %273) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1792 = "stablehlo.multiply"(%1790, %272) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1793_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1793 = "stablehlo.reduce"(%1792, %n1793_init) ({
    ^bb0(%n1793_a: tensor<f32>, %n1793_b: tensor<f32>):
      %n1793_r = "stablehlo.add"(%n1793_a, %n1793_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1793_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1794 = "stablehlo.multiply"(%1791, %271) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1795 = "stablehlo.multiply"(%1791, %259) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1796 = "stablehlo.add"(%1739, %1794) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1797_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1797 = "stablehlo.reduce"(%1795, %n1797_init) ({
    ^bb0(%n1797_a: tensor<f32>, %n1797_b: tensor<f32>):
      %n1797_r = "stablehlo.add"(%n1797_a, %n1797_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1797_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1798 = "stablehlo.reshape"(%1797) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1799 = "stablehlo.divide"(%270, %269) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1800 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1801 = "stablehlo.broadcast_in_dim"(%1800) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1802 = "stablehlo.multiply"(%1799, %1801) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1803 = "stablehlo.multiply"(%1798, %1802) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1804 = "stablehlo.multiply"(%1803, %265) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1805 = "stablehlo.reshape"(%1804) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1806 = "stablehlo.broadcast_in_dim"(%1805) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1807 = "stablehlo.multiply"(%1806, %259) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1808 = "stablehlo.multiply"(%1806, %259) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1809 = "stablehlo.add"(%1796, %1807) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1810 = "stablehlo.add"(%1809, %1808) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1811 = "stablehlo.reshape"(%1810) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1812 = "stablehlo.dot_general"(%1811, %arg30) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x512xf32>) -> tensor<1536x512xf32>
    %1813 = "stablehlo.dot_general"(%1811, %256) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x512xf32>) -> tensor<128x512xf32>
    %1814 = "stablehlo.reshape"(%1812) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %1815 = "stablehlo.compare"(%252, %254) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %1816 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %1817 = "stablehlo.select"(%1815, %1814, %1816) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %1818 = "stablehlo.reshape"(%1817) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %1819 = "stablehlo.dot_general"(%1818, %arg31) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<512x128xf32>) -> tensor<1536x128xf32>
    %1820 = "stablehlo.dot_general"(%1818, %250) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<1536x128xf32>) -> tensor<512x128xf32>
    %1821 = "stablehlo.reshape"(%1819) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1822 = "stablehlo.multiply"(%1821, %246) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1823 = "stablehlo.multiply"(%1821, %245) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1824_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1824 = "stablehlo.reduce"(%1823, %n1824_init) ({
    ^bb0(%n1824_a: tensor<f32>, %n1824_b: tensor<f32>):
      %n1824_r = "stablehlo.add"(%n1824_a, %n1824_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1824_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1825 = "stablehlo.multiply"(%1822, %244) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1826 = "stablehlo.multiply"(%1822, %232) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1827 = "stablehlo.add"(%1810, %1825) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1828_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1828 = "stablehlo.reduce"(%1826, %n1828_init) ({
    ^bb0(%n1828_a: tensor<f32>, %n1828_b: tensor<f32>):
      %n1828_r = "stablehlo.add"(%n1828_a, %n1828_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1828_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1829 = "stablehlo.reshape"(%1828) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1830 = "stablehlo.divide"(%243, %242) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1831 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1832 = "stablehlo.broadcast_in_dim"(%1831) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1833 = "stablehlo.multiply"(%1830, %1832) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1834 = "stablehlo.multiply"(%1829, %1833) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1835 = "stablehlo.multiply"(%1834, %238) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1836 = "stablehlo.reshape"(%1835) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1837 = "stablehlo.broadcast_in_dim"(%1836) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1838 = "stablehlo.multiply"(%1837, %232) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1839 = "stablehlo.multiply"(%1837, %232) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1840 = "stablehlo.add"(%1827, %1838) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1841 = "stablehlo.add"(%1840, %1839) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1842 = "stablehlo.reshape"(%1841) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1843 = "stablehlo.dot_general"(%1842, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1844 = "stablehlo.dot_general"(%1842, %229) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1845 = "stablehlo.reshape"(%1843) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1846 = "stablehlo.reshape"(%1845) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %1847 = "stablehlo.transpose"(%1846) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1848 = "stablehlo.dot_general"(%1847, %214) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %1849 = "stablehlo.dot_general"(%1847, %225) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %1850 = "stablehlo.transpose"(%1849) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1851 = "stablehlo.divide"(%1848, %224) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1852 = "stablehlo.multiply"(%1851, %225) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1853 = "stablehlo.negate"(%1852) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1854_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1854 = "stablehlo.reduce"(%1853, %n1854_init) ({
    ^bb0(%n1854_a: tensor<f32>, %n1854_b: tensor<f32>):
      %n1854_r = "stablehlo.add"(%n1854_a, %n1854_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1854_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1855 = "stablehlo.reshape"(%1854) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1856 = "stablehlo.reshape"(%1855) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1857 = "stablehlo.broadcast_in_dim"(%1856) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1858 = "stablehlo.add"(%1851, %1857) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1859 = "stablehlo.multiply"(%1858, %221) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1860 = "stablehlo.negate"(%1859) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1861_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1861 = "stablehlo.reduce"(%1860, %n1861_init) ({
    ^bb0(%n1861_a: tensor<f32>, %n1861_b: tensor<f32>):
      %n1861_r = "stablehlo.add"(%n1861_a, %n1861_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1861_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1862 = "stablehlo.reshape"(%1861) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1863 = "stablehlo.reshape"(%1862) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1864 = "stablehlo.broadcast_in_dim"(%217) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1865 = "stablehlo.compare"(%216, %1864) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %1866 = "stablehlo.convert"(%1865) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n1867_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1867 = "stablehlo.reduce"(%1866, %n1867_init) ({
    ^bb0(%n1867_a: tensor<f32>, %n1867_b: tensor<f32>):
      %n1867_r = "stablehlo.add"(%n1867_a, %n1867_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1867_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1868 = "stablehlo.divide"(%1863, %1867) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %1869 = "stablehlo.broadcast_in_dim"(%1868) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1870 = "stablehlo.multiply"(%1869, %1866) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1871 = "stablehlo.add"(%1859, %1870) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1872 = "stablehlo.add"(%1769, %1871) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1873 = "stablehlo.dot_general"(%1871, %210) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1874 = "stablehlo.transpose"(%1873) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1875 = "stablehlo.dot_general"(%1871, %206) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1876 = "stablehlo.transpose"(%1875) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1877 = "stablehlo.reshape"(%1850) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1878 = "stablehlo.reshape"(%1877) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1879 = "stablehlo.dot_general"(%1878, %arg27) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1880 = "stablehlo.dot_general"(%1878, %211) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1881 = "stablehlo.reshape"(%1879) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1882 = "stablehlo.reshape"(%1876) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1883 = "stablehlo.reshape"(%1882) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1884 = "stablehlo.dot_general"(%1883, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1885 = "stablehlo.dot_general"(%1883, %207) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1886 = "stablehlo.reshape"(%1884) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1887 = "stablehlo.add"(%1881, %1886) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1888 = "stablehlo.reshape"(%1874) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1889 = "stablehlo.reshape"(%1888) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1890 = "stablehlo.dot_general"(%1889, %arg25) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1891 = "stablehlo.dot_general"(%1889, %203) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1892 = "stablehlo.reshape"(%1890) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1893 = "stablehlo.add"(%1887, %1892) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1894 = "stablehlo.multiply"(%1893, %197) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1895 = "stablehlo.multiply"(%1893, %196) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1896_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1896 = "stablehlo.reduce"(%1895, %n1896_init) ({
    ^bb0(%n1896_a: tensor<f32>, %n1896_b: tensor<f32>):
      %n1896_r = "stablehlo.add"(%n1896_a, %n1896_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1896_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1897 = "stablehlo.multiply"(%1894, %195) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1898 = "stablehlo.multiply"(%1894, %183) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1899 = "stablehlo.add"(%1841, %1897) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1900_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1900 = "stablehlo.reduce"(%1898, %n1900_init) ({
    ^bb0(%n1900_a: tensor<f32>, %n1900_b: tensor<f32>):
      %n1900_r = "stablehlo.add"(%n1900_a, %n1900_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1900_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1901 = "stablehlo.reshape"(%1900) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1902 = "stablehlo.divide"(%194, %193) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1903 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1904 = "stablehlo.broadcast_in_dim"(%1903) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1905 = "stablehlo.multiply"(%1902, %1904) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1906 = "stablehlo.multiply"(%1901, %1905) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1907 = "stablehlo.multiply"(%1906, %189) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1908 = "stablehlo.reshape"(%1907) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1909 = "stablehlo.broadcast_in_dim"(%1908) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1910 = "stablehlo.multiply"(%1909, %183) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1911 = "stablehlo.multiply"(%1909, %183) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1912 = "stablehlo.add"(%1899, %1910) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1913 = "stablehlo.add"(%1912, %1911) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1914 = "stablehlo.reshape"(%1913) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1915 = "stablehlo.dot_general"(%1914, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x512xf32>) -> tensor<1536x512xf32>
    %1916 = "stablehlo.dot_general"(%1914, %180) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x512xf32>) -> tensor<128x512xf32>
    %1917 = "stablehlo.reshape"(%1915) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %1918 = "stablehlo.compare"(%176, %178) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %1919 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %1920 = "stablehlo.select"(%1918, %1917, %1919) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %1921 = "stablehlo.reshape"(%1920) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %1922 = "stablehlo.dot_general"(%1921, %arg23) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<512x128xf32>) -> tensor<1536x128xf32>
    %1923 = "stablehlo.dot_general"(%1921, %174) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<1536x128xf32>) -> tensor<512x128xf32>
    %1924 = "stablehlo.reshape"(%1922) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1925 = "stablehlo.multiply"(%1924, %170) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1926 = "stablehlo.multiply"(%1924, %169) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1927_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1927 = "stablehlo.reduce"(%1926, %n1927_init) ({
    ^bb0(%n1927_a: tensor<f32>, %n1927_b: tensor<f32>):
      %n1927_r = "stablehlo.add"(%n1927_a, %n1927_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1927_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1928 = "stablehlo.multiply"(%1925, %168) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1929 = "stablehlo.multiply"(%1925, %156) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1930 = "stablehlo.add"(%1913, %1928) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1931_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1931 = "stablehlo.reduce"(%1929, %n1931_init) ({
    ^bb0(%n1931_a: tensor<f32>, %n1931_b: tensor<f32>):
      %n1931_r = "stablehlo.add"(%n1931_a, %n1931_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1931_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1932 = "stablehlo.reshape"(%1931) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1933 = "stablehlo.divide"(%167, %166) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1934 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1935 = "stablehlo.broadcast_in_dim"(%1934) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1936 = "stablehlo.multiply"(%1933, %1935) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1937 = "stablehlo.multiply"(%1932, %1936) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1938 = "stablehlo.multiply"(%1937, %162) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1939 = "stablehlo.reshape"(%1938) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1940 = "stablehlo.broadcast_in_dim"(%1939) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1941 = "stablehlo.multiply"(%1940, %156) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1942 = "stablehlo.multiply"(%1940, %156) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1943 = "stablehlo.add"(%1930, %1941) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1944 = "stablehlo.add"(%1943, %1942) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1945 = "stablehlo.reshape"(%1944) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1946 = "stablehlo.dot_general"(%1945, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1947 = "stablehlo.dot_general"(%1945, %153) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1948 = "stablehlo.reshape"(%1946) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1949 = "stablehlo.reshape"(%1948) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %1950 = "stablehlo.transpose"(%1949) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1951 = "stablehlo.dot_general"(%1950, %138) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %1952 = "stablehlo.dot_general"(%1950, %149) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %1953 = "stablehlo.transpose"(%1952) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1954 = "stablehlo.divide"(%1951, %148) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1955 = "stablehlo.multiply"(%1954, %149) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1956 = "stablehlo.negate"(%1955) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1957_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1957 = "stablehlo.reduce"(%1956, %n1957_init) ({
    ^bb0(%n1957_a: tensor<f32>, %n1957_b: tensor<f32>):
      %n1957_r = "stablehlo.add"(%n1957_a, %n1957_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1957_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1958 = "stablehlo.reshape"(%1957) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1959 = "stablehlo.reshape"(%1958) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1960 = "stablehlo.broadcast_in_dim"(%1959) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1961 = "stablehlo.add"(%1954, %1960) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1962 = "stablehlo.multiply"(%1961, %145) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1963 = "stablehlo.negate"(%1962) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1964_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1964 = "stablehlo.reduce"(%1963, %n1964_init) ({
    ^bb0(%n1964_a: tensor<f32>, %n1964_b: tensor<f32>):
      %n1964_r = "stablehlo.add"(%n1964_a, %n1964_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1964_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1965 = "stablehlo.reshape"(%1964) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1966 = "stablehlo.reshape"(%1965) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1967 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1968 = "stablehlo.compare"(%140, %1967) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %1969 = "stablehlo.convert"(%1968) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n1970_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1970 = "stablehlo.reduce"(%1969, %n1970_init) ({
    ^bb0(%n1970_a: tensor<f32>, %n1970_b: tensor<f32>):
      %n1970_r = "stablehlo.add"(%n1970_a, %n1970_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1970_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1971 = "stablehlo.divide"(%1966, %1970) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %1972 = "stablehlo.broadcast_in_dim"(%1971) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1973 = "stablehlo.multiply"(%1972, %1969) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1974 = "stablehlo.add"(%1962, %1973) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1975 = "stablehlo.add"(%1872, %1974) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1976 = "stablehlo.dot_general"(%1974, %134) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1977 = "stablehlo.transpose"(%1976) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1978 = "stablehlo.dot_general"(%1974, %130) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1979 = "stablehlo.transpose"(%1978) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1980 = "stablehlo.reshape"(%1953) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1981 = "stablehlo.reshape"(%1980) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1982 = "stablehlo.dot_general"(%1981, %arg19) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1983 = "stablehlo.dot_general"(%1981, %135) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1984 = "stablehlo.reshape"(%1982) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1985 = "stablehlo.reshape"(%1979) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1986 = "stablehlo.reshape"(%1985) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1987 = "stablehlo.dot_general"(%1986, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1988 = "stablehlo.dot_general"(%1986, %131) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1989 = "stablehlo.reshape"(%1987) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1990 = "stablehlo.add"(%1984, %1989) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1991 = "stablehlo.reshape"(%1977) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1992 = "stablehlo.reshape"(%1991) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1993 = "stablehlo.dot_general"(%1992, %arg17) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1994 = "stablehlo.dot_general"(%1992, %127) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1995 = "stablehlo.reshape"(%1993) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1996 = "stablehlo.add"(%1990, %1995) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1997 = "stablehlo.multiply"(%1996, %121) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1998 = "stablehlo.multiply"(%1996, %120) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1999_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1999 = "stablehlo.reduce"(%1998, %n1999_init) ({
    ^bb0(%n1999_a: tensor<f32>, %n1999_b: tensor<f32>):
      %n1999_r = "stablehlo.add"(%n1999_a, %n1999_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1999_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %2000 = "stablehlo.multiply"(%1997, %119) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2001 = "stablehlo.multiply"(%1997, %107) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2002 = "stablehlo.add"(%1944, %2000) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2003_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2003 = "stablehlo.reduce"(%2001, %n2003_init) ({
    ^bb0(%n2003_a: tensor<f32>, %n2003_b: tensor<f32>):
      %n2003_r = "stablehlo.add"(%n2003_a, %n2003_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2003_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %2004 = "stablehlo.reshape"(%2003) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %2005 = "stablehlo.divide"(%118, %117) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2006 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %2007 = "stablehlo.broadcast_in_dim"(%2006) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %2008 = "stablehlo.multiply"(%2005, %2007) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2009 = "stablehlo.multiply"(%2004, %2008) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2010 = "stablehlo.multiply"(%2009, %113) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2011 = "stablehlo.reshape"(%2010) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %2012 = "stablehlo.broadcast_in_dim"(%2011) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %2013 = "stablehlo.multiply"(%2012, %107) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2014 = "stablehlo.multiply"(%2012, %107) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2015 = "stablehlo.add"(%2002, %2013) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2016 = "stablehlo.add"(%2015, %2014) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2017 = "stablehlo.reshape"(%2016) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2018 = "stablehlo.dot_general"(%2017, %arg14) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x512xf32>) -> tensor<1536x512xf32>
    %2019 = "stablehlo.dot_general"(%2017, %104) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x512xf32>) -> tensor<128x512xf32>
    %2020 = "stablehlo.reshape"(%2018) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %2021 = "stablehlo.compare"(%100, %102) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %2022 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %2023 = "stablehlo.select"(%2021, %2020, %2022) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %2024 = "stablehlo.reshape"(%2023) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %2025 = "stablehlo.dot_general"(%2024, %arg15) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<512x128xf32>) -> tensor<1536x128xf32>
    %2026 = "stablehlo.dot_general"(%2024, %98) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<1536x128xf32>) -> tensor<512x128xf32>
    %2027 = "stablehlo.reshape"(%2025) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2028 = "stablehlo.multiply"(%2027, %94) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2029 = "stablehlo.multiply"(%2027, %93) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2030_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2030 = "stablehlo.reduce"(%2029, %n2030_init) ({
    ^bb0(%n2030_a: tensor<f32>, %n2030_b: tensor<f32>):
      %n2030_r = "stablehlo.add"(%n2030_a, %n2030_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2030_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %2031 = "stablehlo.multiply"(%2028, %92) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2032 = "stablehlo.multiply"(%2028, %80) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2033 = "stablehlo.add"(%2016, %2031) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2034_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2034 = "stablehlo.reduce"(%2032, %n2034_init) ({
    ^bb0(%n2034_a: tensor<f32>, %n2034_b: tensor<f32>):
      %n2034_r = "stablehlo.add"(%n2034_a, %n2034_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2034_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %2035 = "stablehlo.reshape"(%2034) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %2036 = "stablehlo.divide"(%91, %90) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2037 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %2038 = "stablehlo.broadcast_in_dim"(%2037) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %2039 = "stablehlo.multiply"(%2036, %2038) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2040 = "stablehlo.multiply"(%2035, %2039) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2041 = "stablehlo.multiply"(%2040, %86) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2042 = "stablehlo.reshape"(%2041) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %2043 = "stablehlo.broadcast_in_dim"(%2042) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %2044 = "stablehlo.multiply"(%2043, %80) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2045 = "stablehlo.multiply"(%2043, %80) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2046 = "stablehlo.add"(%2033, %2044) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2047 = "stablehlo.add"(%2046, %2045) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2048 = "stablehlo.reshape"(%2047) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2049 = "stablehlo.dot_general"(%2048, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %2050 = "stablehlo.dot_general"(%2048, %77) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %2051 = "stablehlo.reshape"(%2049) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2052 = "stablehlo.reshape"(%2051) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %2053 = "stablehlo.transpose"(%2052) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %2054 = "stablehlo.dot_general"(%2053, %62) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %2055 = "stablehlo.dot_general"(%2053, %73) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %2056 = "stablehlo.transpose"(%2055) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %2057 = "stablehlo.divide"(%2054, %72) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2058 = "stablehlo.multiply"(%2057, %73) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2059 = "stablehlo.negate"(%2058) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n2060_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2060 = "stablehlo.reduce"(%2059, %n2060_init) ({
    ^bb0(%n2060_a: tensor<f32>, %n2060_b: tensor<f32>):
      %n2060_r = "stablehlo.add"(%n2060_a, %n2060_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2060_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %2061 = "stablehlo.reshape"(%2060) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %2062 = "stablehlo.reshape"(%2061) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %2063 = "stablehlo.broadcast_in_dim"(%2062) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %2064 = "stablehlo.add"(%2057, %2063) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2065 = "stablehlo.multiply"(%2064, %69) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2066 = "stablehlo.negate"(%2065) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n2067_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2067 = "stablehlo.reduce"(%2066, %n2067_init) ({
    ^bb0(%n2067_a: tensor<f32>, %n2067_b: tensor<f32>):
      %n2067_r = "stablehlo.add"(%n2067_a, %n2067_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2067_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %2068 = "stablehlo.reshape"(%2067) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %2069 = "stablehlo.reshape"(%2068) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %2070 = "stablehlo.broadcast_in_dim"(%65) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %2071 = "stablehlo.compare"(%64, %2070) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %2072 = "stablehlo.convert"(%2071) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n2073_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2073 = "stablehlo.reduce"(%2072, %n2073_init) ({
    ^bb0(%n2073_a: tensor<f32>, %n2073_b: tensor<f32>):
      %n2073_r = "stablehlo.add"(%n2073_a, %n2073_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2073_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %2074 = "stablehlo.divide"(%2069, %2073) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %2075 = "stablehlo.broadcast_in_dim"(%2074) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %2076 = "stablehlo.multiply"(%2075, %2072) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2077 = "stablehlo.add"(%2065, %2076) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2078 = "stablehlo.add"(%1975, %2077) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2079 = "stablehlo.dot_general"(%2077, %58) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %2080 = "stablehlo.transpose"(%2079) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %2081 = "stablehlo.dot_general"(%2077, %54) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %2082 = "stablehlo.transpose"(%2081) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %2083 = "stablehlo.reshape"(%2056) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %2084 = "stablehlo.reshape"(%2083) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2085 = "stablehlo.dot_general"(%2084, %arg11) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %2086 = "stablehlo.dot_general"(%2084, %59) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %2087 = "stablehlo.reshape"(%2085) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2088 = "stablehlo.reshape"(%2082) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %2089 = "stablehlo.reshape"(%2088) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2090 = "stablehlo.dot_general"(%2089, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %2091 = "stablehlo.dot_general"(%2089, %55) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %2092 = "stablehlo.reshape"(%2090) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2093 = "stablehlo.add"(%2087, %2092) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2094 = "stablehlo.reshape"(%2080) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %2095 = "stablehlo.reshape"(%2094) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2096 = "stablehlo.dot_general"(%2095, %arg9) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %2097 = "stablehlo.dot_general"(%2095, %51) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %2098 = "stablehlo.reshape"(%2096) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2099 = "stablehlo.add"(%2093, %2098) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2100 = "stablehlo.multiply"(%2099, %45) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2101 = "stablehlo.multiply"(%2099, %44) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2102_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2102 = "stablehlo.reduce"(%2101, %n2102_init) ({
    ^bb0(%n2102_a: tensor<f32>, %n2102_b: tensor<f32>):
      %n2102_r = "stablehlo.add"(%n2102_a, %n2102_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2102_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %2103 = "stablehlo.multiply"(%2100, %43) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2104 = "stablehlo.multiply"(%2100, %15) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2105 = "stablehlo.add"(%2047, %2103) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2106_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2106 = "stablehlo.reduce"(%2104, %n2106_init) ({
    ^bb0(%n2106_a: tensor<f32>, %n2106_b: tensor<f32>):
      %n2106_r = "stablehlo.add"(%n2106_a, %n2106_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2106_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %2107 = "stablehlo.reshape"(%2106) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %2108 = "stablehlo.divide"(%42, %41) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2109 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %2110 = "stablehlo.broadcast_in_dim"(%2109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %2111 = "stablehlo.multiply"(%2108, %2110) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2112 = "stablehlo.multiply"(%2107, %2111) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2113 = "stablehlo.multiply"(%2112, %37) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2114 = "stablehlo.reshape"(%2113) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %2115 = "stablehlo.broadcast_in_dim"(%2114) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %2116 = "stablehlo.multiply"(%2115, %15) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2117 = "stablehlo.multiply"(%2115, %15) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2118 = "stablehlo.add"(%2105, %2116) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2119 = "stablehlo.add"(%2118, %2117) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2120_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2120 = "stablehlo.reduce"(%2078, %n2120_init) ({
    ^bb0(%n2120_a: tensor<f32>, %n2120_b: tensor<f32>):
      %n2120_r = "stablehlo.add"(%n2120_a, %n2120_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2120_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<4x48x48xf32>
    %2121 = "stablehlo.reshape"(%2120) : (tensor<4x48x48xf32>) -> tensor<1x4x48x48xf32>
    %2122 = "stablehlo.reshape"(%2121) : (tensor<1x4x48x48xf32>) -> tensor<4x48x48xf32>
    %2123 = "stablehlo.transpose"(%2122) {permutation = array<i64: 1, 2, 0>} : (tensor<4x48x48xf32>) -> tensor<48x48x4xf32>
    %2124 = stablehlo.constant dense<0x00000000> : tensor<32x4xf32>
    %2125 = "stablehlo.scatter"(%2124, %17, %2123) ({
    ^bb0(%n2125_a: tensor<f32>, %n2125_b: tensor<f32>):
      %n2125_r = "stablehlo.add"(%n2125_a, %n2125_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2125_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32x4xf32>, tensor<48x48xi32>, tensor<48x48x4xf32>) -> tensor<32x4xf32>
    %2126 = stablehlo.constant dense<0x00000000> : tensor<32128x128xf32>
    %2127 = "stablehlo.scatter"(%2126, %arg0, %2119) ({
    ^bb0(%n2127_a: tensor<f32>, %n2127_b: tensor<f32>):
      %n2127_r = "stablehlo.add"(%n2127_a, %n2127_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2127_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32128x128xf32>, tensor<32x48xi32>, tensor<32x48x128xf32>) -> tensor<32128x128xf32>
    %2128 = "stablehlo.add"(%1689, %2127) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2129 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2130 = "stablehlo.multiply"(%2128, %2128) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %n2131_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2131 = "stablehlo.reduce"(%2130, %n2131_init) ({
    ^bb0(%n2131_a: tensor<f32>, %n2131_b: tensor<f32>):
      %n2131_r = "stablehlo.add"(%n2131_a, %n2131_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2131_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32128x128xf32>, tensor<f32>) -> tensor<f32>
    %2132 = "stablehlo.add"(%2129, %2131) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2133 = "stablehlo.multiply"(%2125, %2125) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %n2134_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2134 = "stablehlo.reduce"(%2133, %n2134_init) ({
    ^bb0(%n2134_a: tensor<f32>, %n2134_b: tensor<f32>):
      %n2134_r = "stablehlo.add"(%n2134_a, %n2134_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2134_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x4xf32>, tensor<f32>) -> tensor<f32>
    %2135 = "stablehlo.add"(%2132, %2134) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2136 = "stablehlo.multiply"(%2102, %2102) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2137_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2137 = "stablehlo.reduce"(%2136, %n2137_init) ({
    ^bb0(%n2137_a: tensor<f32>, %n2137_b: tensor<f32>):
      %n2137_r = "stablehlo.add"(%n2137_a, %n2137_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2137_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2138 = "stablehlo.add"(%2135, %2137) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2139 = "stablehlo.multiply"(%2097, %2097) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2140_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2140 = "stablehlo.reduce"(%2139, %n2140_init) ({
    ^bb0(%n2140_a: tensor<f32>, %n2140_b: tensor<f32>):
      %n2140_r = "stablehlo.add"(%n2140_a, %n2140_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2140_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2141 = "stablehlo.add"(%2138, %2140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2142 = "stablehlo.multiply"(%2091, %2091) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2143_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2143 = "stablehlo.reduce"(%2142, %n2143_init) ({
    ^bb0(%n2143_a: tensor<f32>, %n2143_b: tensor<f32>):
      %n2143_r = "stablehlo.add"(%n2143_a, %n2143_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2143_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2144 = "stablehlo.add"(%2141, %2143) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2145 = "stablehlo.multiply"(%2086, %2086) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2146_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2146 = "stablehlo.reduce"(%2145, %n2146_init) ({
    ^bb0(%n2146_a: tensor<f32>, %n2146_b: tensor<f32>):
      %n2146_r = "stablehlo.add"(%n2146_a, %n2146_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2146_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2147 = "stablehlo.add"(%2144, %2146) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2148 = "stablehlo.multiply"(%2050, %2050) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2149_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2149 = "stablehlo.reduce"(%2148, %n2149_init) ({
    ^bb0(%n2149_a: tensor<f32>, %n2149_b: tensor<f32>):
      %n2149_r = "stablehlo.add"(%n2149_a, %n2149_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2149_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2150 = "stablehlo.add"(%2147, %2149) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2151 = "stablehlo.multiply"(%2030, %2030) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2152_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2152 = "stablehlo.reduce"(%2151, %n2152_init) ({
    ^bb0(%n2152_a: tensor<f32>, %n2152_b: tensor<f32>):
      %n2152_r = "stablehlo.add"(%n2152_a, %n2152_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2152_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2153 = "stablehlo.add"(%2150, %2152) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2154 = "stablehlo.multiply"(%2019, %2019) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2155_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2155 = "stablehlo.reduce"(%2154, %n2155_init) ({
    ^bb0(%n2155_a: tensor<f32>, %n2155_b: tensor<f32>):
      %n2155_r = "stablehlo.add"(%n2155_a, %n2155_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2155_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2156 = "stablehlo.add"(%2153, %2155) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2157 = "stablehlo.multiply"(%2026, %2026) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2158_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2158 = "stablehlo.reduce"(%2157, %n2158_init) ({
    ^bb0(%n2158_a: tensor<f32>, %n2158_b: tensor<f32>):
      %n2158_r = "stablehlo.add"(%n2158_a, %n2158_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2158_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2159 = "stablehlo.add"(%2156, %2158) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2160 = "stablehlo.multiply"(%1999, %1999) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2161_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2161 = "stablehlo.reduce"(%2160, %n2161_init) ({
    ^bb0(%n2161_a: tensor<f32>, %n2161_b: tensor<f32>):
      %n2161_r = "stablehlo.add"(%n2161_a, %n2161_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2161_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2162 = "stablehlo.add"(%2159, %2161) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2163 = "stablehlo.multiply"(%1994, %1994) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2164_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2164 = "stablehlo.reduce"(%2163, %n2164_init) ({
    ^bb0(%n2164_a: tensor<f32>, %n2164_b: tensor<f32>):
      %n2164_r = "stablehlo.add"(%n2164_a, %n2164_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2164_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2165 = "stablehlo.add"(%2162, %2164) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2166 = "stablehlo.multiply"(%1988, %1988) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2167_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2167 = "stablehlo.reduce"(%2166, %n2167_init) ({
    ^bb0(%n2167_a: tensor<f32>, %n2167_b: tensor<f32>):
      %n2167_r = "stablehlo.add"(%n2167_a, %n2167_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2167_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2168 = "stablehlo.add"(%2165, %2167) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2169 = "stablehlo.multiply"(%1983, %1983) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2170_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2170 = "stablehlo.reduce"(%2169, %n2170_init) ({
    ^bb0(%n2170_a: tensor<f32>, %n2170_b: tensor<f32>):
      %n2170_r = "stablehlo.add"(%n2170_a, %n2170_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2170_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2171 = "stablehlo.add"(%2168, %2170) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2172 = "stablehlo.multiply"(%1947, %1947) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2173_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2173 = "stablehlo.reduce"(%2172, %n2173_init) ({
    ^bb0(%n2173_a: tensor<f32>, %n2173_b: tensor<f32>):
      %n2173_r = "stablehlo.add"(%n2173_a, %n2173_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2173_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2174 = "stablehlo.add"(%2171, %2173) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2175 = "stablehlo.multiply"(%1927, %1927) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2176_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2176 = "stablehlo.reduce"(%2175, %n2176_init) ({
    ^bb0(%n2176_a: tensor<f32>, %n2176_b: tensor<f32>):
      %n2176_r = "stablehlo.add"(%n2176_a, %n2176_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2176_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2177 = "stablehlo.add"(%2174, %2176) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2178 = "stablehlo.multiply"(%1916, %1916) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2179_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2179 = "stablehlo.reduce"(%2178, %n2179_init) ({
    ^bb0(%n2179_a: tensor<f32>, %n2179_b: tensor<f32>):
      %n2179_r = "stablehlo.add"(%n2179_a, %n2179_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2179_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2180 = "stablehlo.add"(%2177, %2179) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2181 = "stablehlo.multiply"(%1923, %1923) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2182_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2182 = "stablehlo.reduce"(%2181, %n2182_init) ({
    ^bb0(%n2182_a: tensor<f32>, %n2182_b: tensor<f32>):
      %n2182_r = "stablehlo.add"(%n2182_a, %n2182_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2182_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2183 = "stablehlo.add"(%2180, %2182) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2184 = "stablehlo.multiply"(%1896, %1896) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2185_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2185 = "stablehlo.reduce"(%2184, %n2185_init) ({
    ^bb0(%n2185_a: tensor<f32>, %n2185_b: tensor<f32>):
      %n2185_r = "stablehlo.add"(%n2185_a, %n2185_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2185_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2186 = "stablehlo.add"(%2183, %2185) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2187 = "stablehlo.multiply"(%1891, %1891) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2188_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2188 = "stablehlo.reduce"(%2187, %n2188_init) ({
    ^bb0(%n2188_a: tensor<f32>, %n2188_b: tensor<f32>):
      %n2188_r = "stablehlo.add"(%n2188_a, %n2188_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2188_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2189 = "stablehlo.add"(%2186, %2188) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2190 = "stablehlo.multiply"(%1885, %1885) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2191_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2191 = "stablehlo.reduce"(%2190, %n2191_init) ({
    ^bb0(%n2191_a: tensor<f32>, %n2191_b: tensor<f32>):
      %n2191_r = "stablehlo.add"(%n2191_a, %n2191_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2191_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2192 = "stablehlo.add"(%2189, %2191) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2193 = "stablehlo.multiply"(%1880, %1880) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2194_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2194 = "stablehlo.reduce"(%2193, %n2194_init) ({
    ^bb0(%n2194_a: tensor<f32>, %n2194_b: tensor<f32>):
      %n2194_r = "stablehlo.add"(%n2194_a, %n2194_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2194_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2195 = "stablehlo.add"(%2192, %2194) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2196 = "stablehlo.multiply"(%1844, %1844) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2197_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2197 = "stablehlo.reduce"(%2196, %n2197_init) ({
    ^bb0(%n2197_a: tensor<f32>, %n2197_b: tensor<f32>):
      %n2197_r = "stablehlo.add"(%n2197_a, %n2197_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2197_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2198 = "stablehlo.add"(%2195, %2197) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2199 = "stablehlo.multiply"(%1824, %1824) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2200_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2200 = "stablehlo.reduce"(%2199, %n2200_init) ({
    ^bb0(%n2200_a: tensor<f32>, %n2200_b: tensor<f32>):
      %n2200_r = "stablehlo.add"(%n2200_a, %n2200_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2200_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2201 = "stablehlo.add"(%2198, %2200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2202 = "stablehlo.multiply"(%1813, %1813) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2203_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2203 = "stablehlo.reduce"(%2202, %n2203_init) ({
    ^bb0(%n2203_a: tensor<f32>, %n2203_b: tensor<f32>):
      %n2203_r = "stablehlo.add"(%n2203_a, %n2203_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2203_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2204 = "stablehlo.add"(%2201, %2203) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2205 = "stablehlo.multiply"(%1820, %1820) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2206_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2206 = "stablehlo.reduce"(%2205, %n2206_init) ({
    ^bb0(%n2206_a: tensor<f32>, %n2206_b: tensor<f32>):
      %n2206_r = "stablehlo.add"(%n2206_a, %n2206_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2206_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2207 = "stablehlo.add"(%2204, %2206) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2208 = "stablehlo.multiply"(%1793, %1793) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2209_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2209 = "stablehlo.reduce"(%2208, %n2209_init) ({
    ^bb0(%n2209_a: tensor<f32>, %n2209_b: tensor<f32>):
      %n2209_r = "stablehlo.add"(%n2209_a, %n2209_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2209_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2210 = "stablehlo.add"(%2207, %2209) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2211 = "stablehlo.multiply"(%1788, %1788) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2212_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2212 = "stablehlo.reduce"(%2211, %n2212_init) ({
    ^bb0(%n2212_a: tensor<f32>, %n2212_b: tensor<f32>):
      %n2212_r = "stablehlo.add"(%n2212_a, %n2212_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2212_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2213 = "stablehlo.add"(%2210, %2212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2214 = "stablehlo.multiply"(%1782, %1782) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2215_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2215 = "stablehlo.reduce"(%2214, %n2215_init) ({
    ^bb0(%n2215_a: tensor<f32>, %n2215_b: tensor<f32>):
      %n2215_r = "stablehlo.add"(%n2215_a, %n2215_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2215_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2216 = "stablehlo.add"(%2213, %2215) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2217 = "stablehlo.multiply"(%1777, %1777) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2218_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2218 = "stablehlo.reduce"(%2217, %n2218_init) ({
    ^bb0(%n2218_a: tensor<f32>, %n2218_b: tensor<f32>):
      %n2218_r = "stablehlo.add"(%n2218_a, %n2218_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2218_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2219 = "stablehlo.add"(%2216, %2218) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2220 = "stablehlo.multiply"(%1742, %1742) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2221_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2221 = "stablehlo.reduce"(%2220, %n2221_init) ({
    ^bb0(%n2221_a: tensor<f32>, %n2221_b: tensor<f32>):
      %n2221_r = "stablehlo.add"(%n2221_a, %n2221_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2221_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2222 = "stablehlo.add"(%2219, %2221) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2223 = "stablehlo.multiply"(%1722, %1722) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2224_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2224 = "stablehlo.reduce"(%2223, %n2224_init) ({
    ^bb0(%n2224_a: tensor<f32>, %n2224_b: tensor<f32>):
      %n2224_r = "stablehlo.add"(%n2224_a, %n2224_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2224_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2225 = "stablehlo.add"(%2222, %2224) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2226 = "stablehlo.multiply"(%1711, %1711) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2227_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2227 = "stablehlo.reduce"(%2226, %n2227_init) ({
    ^bb0(%n2227_a: tensor<f32>, %n2227_b: tensor<f32>):
      %n2227_r = "stablehlo.add"(%n2227_a, %n2227_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2227_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2228 = "stablehlo.add"(%2225, %2227) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2229 = "stablehlo.multiply"(%1718, %1718) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2230_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2230 = "stablehlo.reduce"(%2229, %n2230_init) ({
    ^bb0(%n2230_a: tensor<f32>, %n2230_b: tensor<f32>):
      %n2230_r = "stablehlo.add"(%n2230_a, %n2230_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2230_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2231 = "stablehlo.add"(%2228, %2230) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2232 = "stablehlo.multiply"(%1692, %1692) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2233_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2233 = "stablehlo.reduce"(%2232, %n2233_init) ({
    ^bb0(%n2233_a: tensor<f32>, %n2233_b: tensor<f32>):
      %n2233_r = "stablehlo.add"(%n2233_a, %n2233_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2233_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2234 = "stablehlo.add"(%2231, %2233) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2235 = "stablehlo.multiply"(%1686, %1686) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %n2236_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2236 = "stablehlo.reduce"(%2235, %n2236_init) ({
    ^bb0(%n2236_a: tensor<f32>, %n2236_b: tensor<f32>):
      %n2236_r = "stablehlo.add"(%n2236_a, %n2236_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2236_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x4xf32>, tensor<f32>) -> tensor<f32>
    %2237 = "stablehlo.add"(%2234, %2236) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2238 = "stablehlo.multiply"(%1665, %1665) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2239_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2239 = "stablehlo.reduce"(%2238, %n2239_init) ({
    ^bb0(%n2239_a: tensor<f32>, %n2239_b: tensor<f32>):
      %n2239_r = "stablehlo.add"(%n2239_a, %n2239_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2239_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2240 = "stablehlo.add"(%2237, %2239) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2241 = "stablehlo.multiply"(%1660, %1660) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2242_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2242 = "stablehlo.reduce"(%2241, %n2242_init) ({
    ^bb0(%n2242_a: tensor<f32>, %n2242_b: tensor<f32>):
      %n2242_r = "stablehlo.add"(%n2242_a, %n2242_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2242_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2243 = "stablehlo.add"(%2240, %2242) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2244 = "stablehlo.multiply"(%1654, %1654) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2245_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2245 = "stablehlo.reduce"(%2244, %n2245_init) ({
    ^bb0(%n2245_a: tensor<f32>, %n2245_b: tensor<f32>):
      %n2245_r = "stablehlo.add"(%n2245_a, %n2245_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2245_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2246 = "stablehlo.add"(%2243, %2245) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2247 = "stablehlo.multiply"(%1649, %1649) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2248_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2248 = "stablehlo.reduce"(%2247, %n2248_init) ({
    ^bb0(%n2248_a: tensor<f32>, %n2248_b: tensor<f32>):
      %n2248_r = "stablehlo.add"(%n2248_a, %n2248_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2248_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2249 = "stablehlo.add"(%2246, %2248) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2250 = "stablehlo.multiply"(%1611, %1611) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2251_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2251 = "stablehlo.reduce"(%2250, %n2251_init) ({
    ^bb0(%n2251_a: tensor<f32>, %n2251_b: tensor<f32>):
      %n2251_r = "stablehlo.add"(%n2251_a, %n2251_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2251_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2252 = "stablehlo.add"(%2249, %2251) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2253 = "stablehlo.multiply"(%1591, %1591) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2254_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2254 = "stablehlo.reduce"(%2253, %n2254_init) ({
    ^bb0(%n2254_a: tensor<f32>, %n2254_b: tensor<f32>):
      %n2254_r = "stablehlo.add"(%n2254_a, %n2254_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2254_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2255 = "stablehlo.add"(%2252, %2254) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2256 = "stablehlo.multiply"(%1587, %1587) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2257_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2257 = "stablehlo.reduce"(%2256, %n2257_init) ({
    ^bb0(%n2257_a: tensor<f32>, %n2257_b: tensor<f32>):
      %n2257_r = "stablehlo.add"(%n2257_a, %n2257_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2257_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2258 = "stablehlo.add"(%2255, %2257) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2259 = "stablehlo.multiply"(%1581, %1581) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2260_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2260 = "stablehlo.reduce"(%2259, %n2260_init) ({
    ^bb0(%n2260_a: tensor<f32>, %n2260_b: tensor<f32>):
      %n2260_r = "stablehlo.add"(%n2260_a, %n2260_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2260_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2261 = "stablehlo.add"(%2258, %2260) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2262 = "stablehlo.multiply"(%1575, %1575) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2263_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2263 = "stablehlo.reduce"(%2262, %n2263_init) ({
    ^bb0(%n2263_a: tensor<f32>, %n2263_b: tensor<f32>):
      %n2263_r = "stablehlo.add"(%n2263_a, %n2263_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2263_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2264 = "stablehlo.add"(%2261, %2263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2265 = "stablehlo.multiply"(%1540, %1540) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2266_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2266 = "stablehlo.reduce"(%2265, %n2266_init) ({
    ^bb0(%n2266_a: tensor<f32>, %n2266_b: tensor<f32>):
      %n2266_r = "stablehlo.add"(%n2266_a, %n2266_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2266_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2267 = "stablehlo.add"(%2264, %2266) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2268 = "stablehlo.multiply"(%1520, %1520) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2269_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2269 = "stablehlo.reduce"(%2268, %n2269_init) ({
    ^bb0(%n2269_a: tensor<f32>, %n2269_b: tensor<f32>):
      %n2269_r = "stablehlo.add"(%n2269_a, %n2269_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2269_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2270 = "stablehlo.add"(%2267, %2269) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2271 = "stablehlo.multiply"(%1509, %1509) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2272_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2272 = "stablehlo.reduce"(%2271, %n2272_init) ({
    ^bb0(%n2272_a: tensor<f32>, %n2272_b: tensor<f32>):
      %n2272_r = "stablehlo.add"(%n2272_a, %n2272_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2272_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2273 = "stablehlo.add"(%2270, %2272) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2274 = "stablehlo.multiply"(%1516, %1516) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2275_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2275 = "stablehlo.reduce"(%2274, %n2275_init) ({
    ^bb0(%n2275_a: tensor<f32>, %n2275_b: tensor<f32>):
      %n2275_r = "stablehlo.add"(%n2275_a, %n2275_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2275_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2276 = "stablehlo.add"(%2273, %2275) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2277 = "stablehlo.multiply"(%1489, %1489) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2278_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2278 = "stablehlo.reduce"(%2277, %n2278_init) ({
    ^bb0(%n2278_a: tensor<f32>, %n2278_b: tensor<f32>):
      %n2278_r = "stablehlo.add"(%n2278_a, %n2278_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2278_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2279 = "stablehlo.add"(%2276, %2278) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2280 = "stablehlo.multiply"(%1484, %1484) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2281_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2281 = "stablehlo.reduce"(%2280, %n2281_init) ({
    ^bb0(%n2281_a: tensor<f32>, %n2281_b: tensor<f32>):
      %n2281_r = "stablehlo.add"(%n2281_a, %n2281_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2281_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2282 = "stablehlo.add"(%2279, %2281) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2283 = "stablehlo.multiply"(%1478, %1478) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2284_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2284 = "stablehlo.reduce"(%2283, %n2284_init) ({
    ^bb0(%n2284_a: tensor<f32>, %n2284_b: tensor<f32>):
      %n2284_r = "stablehlo.add"(%n2284_a, %n2284_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2284_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2285 = "stablehlo.add"(%2282, %2284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2286 = "stablehlo.multiply"(%1473, %1473) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2287_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2287 = "stablehlo.reduce"(%2286, %n2287_init) ({
    ^bb0(%n2287_a: tensor<f32>, %n2287_b: tensor<f32>):
      %n2287_r = "stablehlo.add"(%n2287_a, %n2287_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2287_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2288 = "stablehlo.add"(%2285, %2287) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2289 = "stablehlo.multiply"(%1435, %1435) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2290_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2290 = "stablehlo.reduce"(%2289, %n2290_init) ({
    ^bb0(%n2290_a: tensor<f32>, %n2290_b: tensor<f32>):
      %n2290_r = "stablehlo.add"(%n2290_a, %n2290_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2290_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2291 = "stablehlo.add"(%2288, %2290) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2292 = "stablehlo.multiply"(%1415, %1415) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2293_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2293 = "stablehlo.reduce"(%2292, %n2293_init) ({
    ^bb0(%n2293_a: tensor<f32>, %n2293_b: tensor<f32>):
      %n2293_r = "stablehlo.add"(%n2293_a, %n2293_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2293_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2294 = "stablehlo.add"(%2291, %2293) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2295 = "stablehlo.multiply"(%1411, %1411) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2296_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2296 = "stablehlo.reduce"(%2295, %n2296_init) ({
    ^bb0(%n2296_a: tensor<f32>, %n2296_b: tensor<f32>):
      %n2296_r = "stablehlo.add"(%n2296_a, %n2296_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2296_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2297 = "stablehlo.add"(%2294, %2296) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2298 = "stablehlo.multiply"(%1405, %1405) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2299_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2299 = "stablehlo.reduce"(%2298, %n2299_init) ({
    ^bb0(%n2299_a: tensor<f32>, %n2299_b: tensor<f32>):
      %n2299_r = "stablehlo.add"(%n2299_a, %n2299_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2299_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2300 = "stablehlo.add"(%2297, %2299) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2301 = "stablehlo.multiply"(%1399, %1399) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2302_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2302 = "stablehlo.reduce"(%2301, %n2302_init) ({
    ^bb0(%n2302_a: tensor<f32>, %n2302_b: tensor<f32>):
      %n2302_r = "stablehlo.add"(%n2302_a, %n2302_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2302_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2303 = "stablehlo.add"(%2300, %2302) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2304 = "stablehlo.multiply"(%1364, %1364) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2305_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2305 = "stablehlo.reduce"(%2304, %n2305_init) ({
    ^bb0(%n2305_a: tensor<f32>, %n2305_b: tensor<f32>):
      %n2305_r = "stablehlo.add"(%n2305_a, %n2305_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2305_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2306 = "stablehlo.add"(%2303, %2305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2307 = "stablehlo.multiply"(%1344, %1344) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2308_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2308 = "stablehlo.reduce"(%2307, %n2308_init) ({
    ^bb0(%n2308_a: tensor<f32>, %n2308_b: tensor<f32>):
      %n2308_r = "stablehlo.add"(%n2308_a, %n2308_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2308_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2309 = "stablehlo.add"(%2306, %2308) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2310 = "stablehlo.multiply"(%1333, %1333) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2311_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2311 = "stablehlo.reduce"(%2310, %n2311_init) ({
    ^bb0(%n2311_a: tensor<f32>, %n2311_b: tensor<f32>):
      %n2311_r = "stablehlo.add"(%n2311_a, %n2311_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2311_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2312 = "stablehlo.add"(%2309, %2311) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2313 = "stablehlo.multiply"(%1340, %1340) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2314_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2314 = "stablehlo.reduce"(%2313, %n2314_init) ({
    ^bb0(%n2314_a: tensor<f32>, %n2314_b: tensor<f32>):
      %n2314_r = "stablehlo.add"(%n2314_a, %n2314_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2314_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2315 = "stablehlo.add"(%2312, %2314) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2316 = "stablehlo.multiply"(%1313, %1313) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2317_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2317 = "stablehlo.reduce"(%2316, %n2317_init) ({
    ^bb0(%n2317_a: tensor<f32>, %n2317_b: tensor<f32>):
      %n2317_r = "stablehlo.add"(%n2317_a, %n2317_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2317_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2318 = "stablehlo.add"(%2315, %2317) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2319 = "stablehlo.multiply"(%1308, %1308) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2320_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2320 = "stablehlo.reduce"(%2319, %n2320_init) ({
    ^bb0(%n2320_a: tensor<f32>, %n2320_b: tensor<f32>):
      %n2320_r = "stablehlo.add"(%n2320_a, %n2320_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2320_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2321 = "stablehlo.add"(%2318, %2320) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2322 = "stablehlo.multiply"(%1302, %1302) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2323_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2323 = "stablehlo.reduce"(%2322, %n2323_init) ({
    ^bb0(%n2323_a: tensor<f32>, %n2323_b: tensor<f32>):
      %n2323_r = "stablehlo.add"(%n2323_a, %n2323_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2323_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2324 = "stablehlo.add"(%2321, %2323) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2325 = "stablehlo.multiply"(%1297, %1297) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2326_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2326 = "stablehlo.reduce"(%2325, %n2326_init) ({
    ^bb0(%n2326_a: tensor<f32>, %n2326_b: tensor<f32>):
      %n2326_r = "stablehlo.add"(%n2326_a, %n2326_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2326_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2327 = "stablehlo.add"(%2324, %2326) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2328 = "stablehlo.multiply"(%1259, %1259) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2329_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2329 = "stablehlo.reduce"(%2328, %n2329_init) ({
    ^bb0(%n2329_a: tensor<f32>, %n2329_b: tensor<f32>):
      %n2329_r = "stablehlo.add"(%n2329_a, %n2329_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2329_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2330 = "stablehlo.add"(%2327, %2329) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2331 = "stablehlo.multiply"(%1239, %1239) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2332_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2332 = "stablehlo.reduce"(%2331, %n2332_init) ({
    ^bb0(%n2332_a: tensor<f32>, %n2332_b: tensor<f32>):
      %n2332_r = "stablehlo.add"(%n2332_a, %n2332_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2332_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2333 = "stablehlo.add"(%2330, %2332) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2334 = "stablehlo.multiply"(%1235, %1235) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2335_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2335 = "stablehlo.reduce"(%2334, %n2335_init) ({
    ^bb0(%n2335_a: tensor<f32>, %n2335_b: tensor<f32>):
      %n2335_r = "stablehlo.add"(%n2335_a, %n2335_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2335_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2336 = "stablehlo.add"(%2333, %2335) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2337 = "stablehlo.multiply"(%1229, %1229) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2338_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2338 = "stablehlo.reduce"(%2337, %n2338_init) ({
    ^bb0(%n2338_a: tensor<f32>, %n2338_b: tensor<f32>):
      %n2338_r = "stablehlo.add"(%n2338_a, %n2338_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2338_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2339 = "stablehlo.add"(%2336, %2338) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2340 = "stablehlo.multiply"(%1223, %1223) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2341_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2341 = "stablehlo.reduce"(%2340, %n2341_init) ({
    ^bb0(%n2341_a: tensor<f32>, %n2341_b: tensor<f32>):
      %n2341_r = "stablehlo.add"(%n2341_a, %n2341_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2341_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2342 = "stablehlo.add"(%2339, %2341) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2343 = "stablehlo.multiply"(%1188, %1188) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2344_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2344 = "stablehlo.reduce"(%2343, %n2344_init) ({
    ^bb0(%n2344_a: tensor<f32>, %n2344_b: tensor<f32>):
      %n2344_r = "stablehlo.add"(%n2344_a, %n2344_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2344_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2345 = "stablehlo.add"(%2342, %2344) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2346 = "stablehlo.multiply"(%1168, %1168) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2347_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2347 = "stablehlo.reduce"(%2346, %n2347_init) ({
    ^bb0(%n2347_a: tensor<f32>, %n2347_b: tensor<f32>):
      %n2347_r = "stablehlo.add"(%n2347_a, %n2347_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2347_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2348 = "stablehlo.add"(%2345, %2347) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2349 = "stablehlo.multiply"(%1157, %1157) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2350_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2350 = "stablehlo.reduce"(%2349, %n2350_init) ({
    ^bb0(%n2350_a: tensor<f32>, %n2350_b: tensor<f32>):
      %n2350_r = "stablehlo.add"(%n2350_a, %n2350_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2350_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2351 = "stablehlo.add"(%2348, %2350) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2352 = "stablehlo.multiply"(%1164, %1164) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2353_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2353 = "stablehlo.reduce"(%2352, %n2353_init) ({
    ^bb0(%n2353_a: tensor<f32>, %n2353_b: tensor<f32>):
      %n2353_r = "stablehlo.add"(%n2353_a, %n2353_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2353_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2354 = "stablehlo.add"(%2351, %2353) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2355 = "stablehlo.multiply"(%1137, %1137) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2356_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2356 = "stablehlo.reduce"(%2355, %n2356_init) ({
    ^bb0(%n2356_a: tensor<f32>, %n2356_b: tensor<f32>):
      %n2356_r = "stablehlo.add"(%n2356_a, %n2356_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2356_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2357 = "stablehlo.add"(%2354, %2356) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2358 = "stablehlo.multiply"(%1132, %1132) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2359_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2359 = "stablehlo.reduce"(%2358, %n2359_init) ({
    ^bb0(%n2359_a: tensor<f32>, %n2359_b: tensor<f32>):
      %n2359_r = "stablehlo.add"(%n2359_a, %n2359_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2359_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2360 = "stablehlo.add"(%2357, %2359) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2361 = "stablehlo.multiply"(%1126, %1126) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2362_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2362 = "stablehlo.reduce"(%2361, %n2362_init) ({
    ^bb0(%n2362_a: tensor<f32>, %n2362_b: tensor<f32>):
      %n2362_r = "stablehlo.add"(%n2362_a, %n2362_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2362_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2363 = "stablehlo.add"(%2360, %2362) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2364 = "stablehlo.multiply"(%1121, %1121) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2365_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2365 = "stablehlo.reduce"(%2364, %n2365_init) ({
    ^bb0(%n2365_a: tensor<f32>, %n2365_b: tensor<f32>):
      %n2365_r = "stablehlo.add"(%n2365_a, %n2365_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2365_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2366 = "stablehlo.add"(%2363, %2365) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2367 = "stablehlo.multiply"(%1084, %1084) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2368_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2368 = "stablehlo.reduce"(%2367, %n2368_init) ({
    ^bb0(%n2368_a: tensor<f32>, %n2368_b: tensor<f32>):
      %n2368_r = "stablehlo.add"(%n2368_a, %n2368_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2368_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2369 = "stablehlo.add"(%2366, %2368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2370 = "stablehlo.multiply"(%1064, %1064) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2371_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2371 = "stablehlo.reduce"(%2370, %n2371_init) ({
    ^bb0(%n2371_a: tensor<f32>, %n2371_b: tensor<f32>):
      %n2371_r = "stablehlo.add"(%n2371_a, %n2371_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2371_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2372 = "stablehlo.add"(%2369, %2371) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2373 = "stablehlo.multiply"(%1060, %1060) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2374_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2374 = "stablehlo.reduce"(%2373, %n2374_init) ({
    ^bb0(%n2374_a: tensor<f32>, %n2374_b: tensor<f32>):
      %n2374_r = "stablehlo.add"(%n2374_a, %n2374_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2374_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2375 = "stablehlo.add"(%2372, %2374) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2376 = "stablehlo.multiply"(%1054, %1054) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2377_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2377 = "stablehlo.reduce"(%2376, %n2377_init) ({
    ^bb0(%n2377_a: tensor<f32>, %n2377_b: tensor<f32>):
      %n2377_r = "stablehlo.add"(%n2377_a, %n2377_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2377_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2378 = "stablehlo.add"(%2375, %2377) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2379 = "stablehlo.multiply"(%1049, %1049) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2380_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2380 = "stablehlo.reduce"(%2379, %n2380_init) ({
    ^bb0(%n2380_a: tensor<f32>, %n2380_b: tensor<f32>):
      %n2380_r = "stablehlo.add"(%n2380_a, %n2380_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2380_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2381 = "stablehlo.add"(%2378, %2380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2382 = "stablehlo.multiply"(%1014, %1014) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2383_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2383 = "stablehlo.reduce"(%2382, %n2383_init) ({
    ^bb0(%n2383_a: tensor<f32>, %n2383_b: tensor<f32>):
      %n2383_r = "stablehlo.add"(%n2383_a, %n2383_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2383_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2384 = "stablehlo.add"(%2381, %2383) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2385 = "stablehlo.multiply"(%994, %994) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2386_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2386 = "stablehlo.reduce"(%2385, %n2386_init) ({
    ^bb0(%n2386_a: tensor<f32>, %n2386_b: tensor<f32>):
      %n2386_r = "stablehlo.add"(%n2386_a, %n2386_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2386_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2387 = "stablehlo.add"(%2384, %2386) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2388 = "stablehlo.multiply"(%983, %983) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2389_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2389 = "stablehlo.reduce"(%2388, %n2389_init) ({
    ^bb0(%n2389_a: tensor<f32>, %n2389_b: tensor<f32>):
      %n2389_r = "stablehlo.add"(%n2389_a, %n2389_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2389_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2390 = "stablehlo.add"(%2387, %2389) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2391 = "stablehlo.multiply"(%990, %990) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2392_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2392 = "stablehlo.reduce"(%2391, %n2392_init) ({
    ^bb0(%n2392_a: tensor<f32>, %n2392_b: tensor<f32>):
      %n2392_r = "stablehlo.add"(%n2392_a, %n2392_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2392_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2393 = "stablehlo.add"(%2390, %2392) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2394 = "stablehlo.multiply"(%964, %964) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2395_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2395 = "stablehlo.reduce"(%2394, %n2395_init) ({
    ^bb0(%n2395_a: tensor<f32>, %n2395_b: tensor<f32>):
      %n2395_r = "stablehlo.add"(%n2395_a, %n2395_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2395_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2396 = "stablehlo.add"(%2393, %2395) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2397 = "stablehlo.sqrt"(%2396) : (tensor<f32>) -> tensor<f32>
    %2398 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %2399 = "stablehlo.add"(%2397, %2398) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2400 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2401 = "stablehlo.divide"(%2400, %2399) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2402 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2403 = "stablehlo.minimum"(%2401, %2402) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2404 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2405 = "stablehlo.multiply"(%2128, %2404) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2406 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2407 = "stablehlo.multiply"(%2125, %2406) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2408 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2409 = "stablehlo.multiply"(%2102, %2408) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2410 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2411 = "stablehlo.multiply"(%2097, %2410) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2412 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2413 = "stablehlo.multiply"(%2091, %2412) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2414 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2415 = "stablehlo.multiply"(%2086, %2414) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2416 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2417 = "stablehlo.multiply"(%2050, %2416) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2418 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2419 = "stablehlo.multiply"(%2030, %2418) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2420 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2421 = "stablehlo.multiply"(%2019, %2420) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2422 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2423 = "stablehlo.multiply"(%2026, %2422) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2424 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2425 = "stablehlo.multiply"(%1999, %2424) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2426 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2427 = "stablehlo.multiply"(%1994, %2426) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2428 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2429 = "stablehlo.multiply"(%1988, %2428) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2430 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2431 = "stablehlo.multiply"(%1983, %2430) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2432 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2433 = "stablehlo.multiply"(%1947, %2432) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2434 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2435 = "stablehlo.multiply"(%1927, %2434) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2436 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2437 = "stablehlo.multiply"(%1916, %2436) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2438 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2439 = "stablehlo.multiply"(%1923, %2438) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2440 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2441 = "stablehlo.multiply"(%1896, %2440) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2442 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2443 = "stablehlo.multiply"(%1891, %2442) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2444 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2445 = "stablehlo.multiply"(%1885, %2444) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2446 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2447 = "stablehlo.multiply"(%1880, %2446) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2448 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2449 = "stablehlo.multiply"(%1844, %2448) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2450 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2451 = "stablehlo.multiply"(%1824, %2450) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2452 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2453 = "stablehlo.multiply"(%1813, %2452) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2454 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2455 = "stablehlo.multiply"(%1820, %2454) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2456 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2457 = "stablehlo.multiply"(%1793, %2456) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2458 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2459 = "stablehlo.multiply"(%1788, %2458) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2460 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2461 = "stablehlo.multiply"(%1782, %2460) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2462 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2463 = "stablehlo.multiply"(%1777, %2462) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2464 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2465 = "stablehlo.multiply"(%1742, %2464) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2466 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2467 = "stablehlo.multiply"(%1722, %2466) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2468 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2469 = "stablehlo.multiply"(%1711, %2468) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2470 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2471 = "stablehlo.multiply"(%1718, %2470) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2472 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2473 = "stablehlo.multiply"(%1692, %2472) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2474 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2475 = "stablehlo.multiply"(%1686, %2474) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2476 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2477 = "stablehlo.multiply"(%1665, %2476) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2478 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2479 = "stablehlo.multiply"(%1660, %2478) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2480 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2481 = "stablehlo.multiply"(%1654, %2480) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2482 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2483 = "stablehlo.multiply"(%1649, %2482) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2484 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2485 = "stablehlo.multiply"(%1611, %2484) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2486 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2487 = "stablehlo.multiply"(%1591, %2486) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2488 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2489 = "stablehlo.multiply"(%1587, %2488) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2490 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2491 = "stablehlo.multiply"(%1581, %2490) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2492 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2493 = "stablehlo.multiply"(%1575, %2492) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2494 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2495 = "stablehlo.multiply"(%1540, %2494) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2496 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2497 = "stablehlo.multiply"(%1520, %2496) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2498 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2499 = "stablehlo.multiply"(%1509, %2498) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2500 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2501 = "stablehlo.multiply"(%1516, %2500) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2502 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2503 = "stablehlo.multiply"(%1489, %2502) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2504 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2505 = "stablehlo.multiply"(%1484, %2504) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2506 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2507 = "stablehlo.multiply"(%1478, %2506) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2508 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2509 = "stablehlo.multiply"(%1473, %2508) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2510 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2511 = "stablehlo.multiply"(%1435, %2510) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2512 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2513 = "stablehlo.multiply"(%1415, %2512) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2514 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2515 = "stablehlo.multiply"(%1411, %2514) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2516 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2517 = "stablehlo.multiply"(%1405, %2516) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2518 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2519 = "stablehlo.multiply"(%1399, %2518) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2520 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2521 = "stablehlo.multiply"(%1364, %2520) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2522 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2523 = "stablehlo.multiply"(%1344, %2522) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2524 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2525 = "stablehlo.multiply"(%1333, %2524) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2526 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2527 = "stablehlo.multiply"(%1340, %2526) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2528 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2529 = "stablehlo.multiply"(%1313, %2528) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2530 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2531 = "stablehlo.multiply"(%1308, %2530) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2532 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2533 = "stablehlo.multiply"(%1302, %2532) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2534 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2535 = "stablehlo.multiply"(%1297, %2534) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2536 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2537 = "stablehlo.multiply"(%1259, %2536) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2538 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2539 = "stablehlo.multiply"(%1239, %2538) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2540 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2541 = "stablehlo.multiply"(%1235, %2540) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2542 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2543 = "stablehlo.multiply"(%1229, %2542) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2544 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2545 = "stablehlo.multiply"(%1223, %2544) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2546 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2547 = "stablehlo.multiply"(%1188, %2546) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2548 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2549 = "stablehlo.multiply"(%1168, %2548) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2550 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2551 = "stablehlo.multiply"(%1157, %2550) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2552 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2553 = "stablehlo.multiply"(%1164, %2552) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2554 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2555 = "stablehlo.multiply"(%1137, %2554) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2556 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2557 = "stablehlo.multiply"(%1132, %2556) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2558 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2559 = "stablehlo.multiply"(%1126, %2558) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2560 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2561 = "stablehlo.multiply"(%1121, %2560) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2562 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2563 = "stablehlo.multiply"(%1084, %2562) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2564 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2565 = "stablehlo.multiply"(%1064, %2564) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2566 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2567 = "stablehlo.multiply"(%1060, %2566) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2568 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2569 = "stablehlo.multiply"(%1054, %2568) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2570 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2571 = "stablehlo.multiply"(%1049, %2570) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2572 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2573 = "stablehlo.multiply"(%1014, %2572) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2574 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2575 = "stablehlo.multiply"(%994, %2574) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2576 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2577 = "stablehlo.multiply"(%983, %2576) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2578 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2579 = "stablehlo.multiply"(%990, %2578) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2580 = "stablehlo.broadcast_in_dim"(%2403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2581 = "stablehlo.multiply"(%964, %2580) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2582 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<f32>
    %2583 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2584 = stablehlo.constant dense<0x3C888889> : tensor<f32>
    %2585 = "stablehlo.multiply"(%2582, %2584) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2590 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2591 = stablehlo.constant dense<0xBAB11FD4> : tensor<f32>
    %2592 = "stablehlo.multiply"(%2582, %2591) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2593 = stablehlo.constant dense<0x3F8A60DD> : tensor<f32>
    %2594 = "stablehlo.add"(%2592, %2593) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2595 = "stablehlo.maximum"(%2594, %2590) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2596 = stablehlo.constant dense<0x42700000> : tensor<f32>
    %2597 = "stablehlo.compare"(%2582, %2596) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %2598 = "stablehlo.select"(%2597, %2585, %2595) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %2599 = "stablehlo.multiply"(%2583, %2598) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2603 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2604 = "stablehlo.add"(%arg97, %2603) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2605 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2606 = "stablehlo.broadcast_in_dim"(%2605) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2607 = "stablehlo.multiply"(%arg95, %2606) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2608 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2609 = "stablehlo.broadcast_in_dim"(%2608) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2610 = "stablehlo.multiply"(%2405, %2609) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2611 = "stablehlo.add"(%2607, %2610) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2612 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2613 = "stablehlo.broadcast_in_dim"(%2612) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2614 = "stablehlo.multiply"(%arg96, %2613) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2615 = "stablehlo.multiply"(%2405, %2405) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2616 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2617 = "stablehlo.broadcast_in_dim"(%2616) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2618 = "stablehlo.multiply"(%2615, %2617) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2619 = "stablehlo.add"(%2614, %2618) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2620 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2621 = "stablehlo.power"(%2620, %2604) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2622 = "stablehlo.negate"(%2621) : (tensor<f32>) -> tensor<f32>
    %2623 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2624 = "stablehlo.add"(%2622, %2623) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2625 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2626 = "stablehlo.power"(%2625, %2604) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2627 = "stablehlo.negate"(%2626) : (tensor<f32>) -> tensor<f32>
    %2628 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2629 = "stablehlo.add"(%2627, %2628) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2630 = "stablehlo.broadcast_in_dim"(%2624) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2631 = "stablehlo.divide"(%2611, %2630) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2632 = "stablehlo.sqrt"(%2629) : (tensor<f32>) -> tensor<f32>
    %2633 = "stablehlo.sqrt"(%2619) : (tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2634 = "stablehlo.broadcast_in_dim"(%2632) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2635 = "stablehlo.divide"(%2633, %2634) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2636 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2637 = "stablehlo.broadcast_in_dim"(%2636) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2638 = "stablehlo.add"(%2635, %2637) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2639 = "stablehlo.divide"(%2631, %2638) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2640 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2641 = "stablehlo.multiply"(%2639, %2640) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2642 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2643 = "stablehlo.multiply"(%2599, %2642) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2644 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2645 = "stablehlo.add"(%2643, %2644) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2646 = "stablehlo.broadcast_in_dim"(%2645) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2647 = "stablehlo.multiply"(%arg6, %2646) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2648 = "stablehlo.subtract"(%2647, %2641) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2652 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2653 = "stablehlo.add"(%arg100, %2652) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2654 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2655 = "stablehlo.broadcast_in_dim"(%2654) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2656 = "stablehlo.multiply"(%arg98, %2655) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2657 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2658 = "stablehlo.broadcast_in_dim"(%2657) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2659 = "stablehlo.multiply"(%2407, %2658) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2660 = "stablehlo.add"(%2656, %2659) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2661 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2662 = "stablehlo.broadcast_in_dim"(%2661) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2663 = "stablehlo.multiply"(%arg99, %2662) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2664 = "stablehlo.multiply"(%2407, %2407) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2665 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2666 = "stablehlo.broadcast_in_dim"(%2665) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2667 = "stablehlo.multiply"(%2664, %2666) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2668 = "stablehlo.add"(%2663, %2667) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2669 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2670 = "stablehlo.power"(%2669, %2653) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2671 = "stablehlo.negate"(%2670) : (tensor<f32>) -> tensor<f32>
    %2672 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2673 = "stablehlo.add"(%2671, %2672) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2674 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2675 = "stablehlo.power"(%2674, %2653) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2676 = "stablehlo.negate"(%2675) : (tensor<f32>) -> tensor<f32>
    %2677 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2678 = "stablehlo.add"(%2676, %2677) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2679 = "stablehlo.broadcast_in_dim"(%2673) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2680 = "stablehlo.divide"(%2660, %2679) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2681 = "stablehlo.sqrt"(%2678) : (tensor<f32>) -> tensor<f32>
    %2682 = "stablehlo.sqrt"(%2668) : (tensor<32x4xf32>) -> tensor<32x4xf32>
    %2683 = "stablehlo.broadcast_in_dim"(%2681) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2684 = "stablehlo.divide"(%2682, %2683) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2685 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2686 = "stablehlo.broadcast_in_dim"(%2685) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2687 = "stablehlo.add"(%2684, %2686) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2688 = "stablehlo.divide"(%2680, %2687) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2689 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2690 = "stablehlo.multiply"(%2688, %2689) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2691 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2692 = "stablehlo.multiply"(%2599, %2691) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2693 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2694 = "stablehlo.add"(%2692, %2693) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2695 = "stablehlo.broadcast_in_dim"(%2694) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2696 = "stablehlo.multiply"(%arg7, %2695) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2697 = "stablehlo.subtract"(%2696, %2690) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2701 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2702 = "stablehlo.add"(%arg103, %2701) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2703 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2704 = "stablehlo.broadcast_in_dim"(%2703) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2705 = "stablehlo.multiply"(%arg101, %2704) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2706 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2707 = "stablehlo.broadcast_in_dim"(%2706) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2708 = "stablehlo.multiply"(%2409, %2707) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2709 = "stablehlo.add"(%2705, %2708) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2710 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2711 = "stablehlo.broadcast_in_dim"(%2710) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2712 = "stablehlo.multiply"(%arg102, %2711) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2713 = "stablehlo.multiply"(%2409, %2409) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2714 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2715 = "stablehlo.broadcast_in_dim"(%2714) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2716 = "stablehlo.multiply"(%2713, %2715) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2717 = "stablehlo.add"(%2712, %2716) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2718 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2719 = "stablehlo.power"(%2718, %2702) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2720 = "stablehlo.negate"(%2719) : (tensor<f32>) -> tensor<f32>
    %2721 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2722 = "stablehlo.add"(%2720, %2721) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2723 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2724 = "stablehlo.power"(%2723, %2702) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2725 = "stablehlo.negate"(%2724) : (tensor<f32>) -> tensor<f32>
    %2726 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2727 = "stablehlo.add"(%2725, %2726) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2728 = "stablehlo.broadcast_in_dim"(%2722) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2729 = "stablehlo.divide"(%2709, %2728) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2730 = "stablehlo.sqrt"(%2727) : (tensor<f32>) -> tensor<f32>
    %2731 = "stablehlo.sqrt"(%2717) : (tensor<128xf32>) -> tensor<128xf32>
    %2732 = "stablehlo.broadcast_in_dim"(%2730) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2733 = "stablehlo.divide"(%2731, %2732) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2734 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2735 = "stablehlo.broadcast_in_dim"(%2734) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2736 = "stablehlo.add"(%2733, %2735) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2737 = "stablehlo.divide"(%2729, %2736) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2738 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2739 = "stablehlo.multiply"(%2737, %2738) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2740 = "stablehlo.subtract"(%arg8, %2739) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2744 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2745 = "stablehlo.add"(%arg106, %2744) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2746 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2747 = "stablehlo.broadcast_in_dim"(%2746) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2748 = "stablehlo.multiply"(%arg104, %2747) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2749 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2750 = "stablehlo.broadcast_in_dim"(%2749) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2751 = "stablehlo.multiply"(%2411, %2750) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2752 = "stablehlo.add"(%2748, %2751) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2753 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2754 = "stablehlo.broadcast_in_dim"(%2753) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2755 = "stablehlo.multiply"(%arg105, %2754) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2756 = "stablehlo.multiply"(%2411, %2411) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2757 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2758 = "stablehlo.broadcast_in_dim"(%2757) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2759 = "stablehlo.multiply"(%2756, %2758) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2760 = "stablehlo.add"(%2755, %2759) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2761 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2762 = "stablehlo.power"(%2761, %2745) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2763 = "stablehlo.negate"(%2762) : (tensor<f32>) -> tensor<f32>
    %2764 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2765 = "stablehlo.add"(%2763, %2764) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2766 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2767 = "stablehlo.power"(%2766, %2745) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2768 = "stablehlo.negate"(%2767) : (tensor<f32>) -> tensor<f32>
    %2769 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2770 = "stablehlo.add"(%2768, %2769) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2771 = "stablehlo.broadcast_in_dim"(%2765) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2772 = "stablehlo.divide"(%2752, %2771) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2773 = "stablehlo.sqrt"(%2770) : (tensor<f32>) -> tensor<f32>
    %2774 = "stablehlo.sqrt"(%2760) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2775 = "stablehlo.broadcast_in_dim"(%2773) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2776 = "stablehlo.divide"(%2774, %2775) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2777 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2778 = "stablehlo.broadcast_in_dim"(%2777) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2779 = "stablehlo.add"(%2776, %2778) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2780 = "stablehlo.divide"(%2772, %2779) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2781 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2782 = "stablehlo.multiply"(%2780, %2781) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2783 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2784 = "stablehlo.multiply"(%2599, %2783) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2785 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2786 = "stablehlo.add"(%2784, %2785) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2787 = "stablehlo.broadcast_in_dim"(%2786) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2788 = "stablehlo.multiply"(%arg9, %2787) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2789 = "stablehlo.subtract"(%2788, %2782) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2793 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2794 = "stablehlo.add"(%arg109, %2793) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2795 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2796 = "stablehlo.broadcast_in_dim"(%2795) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2797 = "stablehlo.multiply"(%arg107, %2796) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2798 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2799 = "stablehlo.broadcast_in_dim"(%2798) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2800 = "stablehlo.multiply"(%2413, %2799) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2801 = "stablehlo.add"(%2797, %2800) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2802 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2803 = "stablehlo.broadcast_in_dim"(%2802) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2804 = "stablehlo.multiply"(%arg108, %2803) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2805 = "stablehlo.multiply"(%2413, %2413) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2806 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2807 = "stablehlo.broadcast_in_dim"(%2806) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2808 = "stablehlo.multiply"(%2805, %2807) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2809 = "stablehlo.add"(%2804, %2808) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2810 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2811 = "stablehlo.power"(%2810, %2794) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2812 = "stablehlo.negate"(%2811) : (tensor<f32>) -> tensor<f32>
    %2813 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2814 = "stablehlo.add"(%2812, %2813) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2815 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2816 = "stablehlo.power"(%2815, %2794) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2817 = "stablehlo.negate"(%2816) : (tensor<f32>) -> tensor<f32>
    %2818 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2819 = "stablehlo.add"(%2817, %2818) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2820 = "stablehlo.broadcast_in_dim"(%2814) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2821 = "stablehlo.divide"(%2801, %2820) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2822 = "stablehlo.sqrt"(%2819) : (tensor<f32>) -> tensor<f32>
    %2823 = "stablehlo.sqrt"(%2809) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2824 = "stablehlo.broadcast_in_dim"(%2822) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2825 = "stablehlo.divide"(%2823, %2824) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2826 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2827 = "stablehlo.broadcast_in_dim"(%2826) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2828 = "stablehlo.add"(%2825, %2827) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2829 = "stablehlo.divide"(%2821, %2828) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2830 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2831 = "stablehlo.multiply"(%2829, %2830) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2832 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2833 = "stablehlo.multiply"(%2599, %2832) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2834 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2835 = "stablehlo.add"(%2833, %2834) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2836 = "stablehlo.broadcast_in_dim"(%2835) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2837 = "stablehlo.multiply"(%arg10, %2836) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2838 = "stablehlo.subtract"(%2837, %2831) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2842 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2843 = "stablehlo.add"(%arg112, %2842) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2844 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2845 = "stablehlo.broadcast_in_dim"(%2844) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2846 = "stablehlo.multiply"(%arg110, %2845) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2847 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2848 = "stablehlo.broadcast_in_dim"(%2847) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2849 = "stablehlo.multiply"(%2415, %2848) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2850 = "stablehlo.add"(%2846, %2849) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2851 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2852 = "stablehlo.broadcast_in_dim"(%2851) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2853 = "stablehlo.multiply"(%arg111, %2852) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2854 = "stablehlo.multiply"(%2415, %2415) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2855 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2856 = "stablehlo.broadcast_in_dim"(%2855) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2857 = "stablehlo.multiply"(%2854, %2856) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2858 = "stablehlo.add"(%2853, %2857) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2859 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2860 = "stablehlo.power"(%2859, %2843) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2861 = "stablehlo.negate"(%2860) : (tensor<f32>) -> tensor<f32>
    %2862 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2863 = "stablehlo.add"(%2861, %2862) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2864 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2865 = "stablehlo.power"(%2864, %2843) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2866 = "stablehlo.negate"(%2865) : (tensor<f32>) -> tensor<f32>
    %2867 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2868 = "stablehlo.add"(%2866, %2867) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2869 = "stablehlo.broadcast_in_dim"(%2863) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2870 = "stablehlo.divide"(%2850, %2869) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2871 = "stablehlo.sqrt"(%2868) : (tensor<f32>) -> tensor<f32>
    %2872 = "stablehlo.sqrt"(%2858) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2873 = "stablehlo.broadcast_in_dim"(%2871) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2874 = "stablehlo.divide"(%2872, %2873) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2875 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2876 = "stablehlo.broadcast_in_dim"(%2875) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2877 = "stablehlo.add"(%2874, %2876) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2878 = "stablehlo.divide"(%2870, %2877) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2879 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2880 = "stablehlo.multiply"(%2878, %2879) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2881 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2882 = "stablehlo.multiply"(%2599, %2881) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2883 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2884 = "stablehlo.add"(%2882, %2883) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2885 = "stablehlo.broadcast_in_dim"(%2884) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2886 = "stablehlo.multiply"(%arg11, %2885) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2887 = "stablehlo.subtract"(%2886, %2880) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2891 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2892 = "stablehlo.add"(%arg115, %2891) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2893 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2894 = "stablehlo.broadcast_in_dim"(%2893) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2895 = "stablehlo.multiply"(%arg113, %2894) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2896 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2897 = "stablehlo.broadcast_in_dim"(%2896) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2898 = "stablehlo.multiply"(%2417, %2897) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2899 = "stablehlo.add"(%2895, %2898) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2900 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2901 = "stablehlo.broadcast_in_dim"(%2900) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2902 = "stablehlo.multiply"(%arg114, %2901) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2903 = "stablehlo.multiply"(%2417, %2417) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2904 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2905 = "stablehlo.broadcast_in_dim"(%2904) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2906 = "stablehlo.multiply"(%2903, %2905) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2907 = "stablehlo.add"(%2902, %2906) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2908 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2909 = "stablehlo.power"(%2908, %2892) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2910 = "stablehlo.negate"(%2909) : (tensor<f32>) -> tensor<f32>
    %2911 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2912 = "stablehlo.add"(%2910, %2911) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2913 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2914 = "stablehlo.power"(%2913, %2892) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2915 = "stablehlo.negate"(%2914) : (tensor<f32>) -> tensor<f32>
    %2916 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2917 = "stablehlo.add"(%2915, %2916) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2918 = "stablehlo.broadcast_in_dim"(%2912) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2919 = "stablehlo.divide"(%2899, %2918) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2920 = "stablehlo.sqrt"(%2917) : (tensor<f32>) -> tensor<f32>
    %2921 = "stablehlo.sqrt"(%2907) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2922 = "stablehlo.broadcast_in_dim"(%2920) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2923 = "stablehlo.divide"(%2921, %2922) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2924 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2925 = "stablehlo.broadcast_in_dim"(%2924) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2926 = "stablehlo.add"(%2923, %2925) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2927 = "stablehlo.divide"(%2919, %2926) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2928 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2929 = "stablehlo.multiply"(%2927, %2928) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2930 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2931 = "stablehlo.multiply"(%2599, %2930) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2932 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2933 = "stablehlo.add"(%2931, %2932) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2934 = "stablehlo.broadcast_in_dim"(%2933) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2935 = "stablehlo.multiply"(%arg12, %2934) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2936 = "stablehlo.subtract"(%2935, %2929) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2940 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2941 = "stablehlo.add"(%arg118, %2940) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2942 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2943 = "stablehlo.broadcast_in_dim"(%2942) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2944 = "stablehlo.multiply"(%arg116, %2943) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2945 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2946 = "stablehlo.broadcast_in_dim"(%2945) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2947 = "stablehlo.multiply"(%2419, %2946) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2948 = "stablehlo.add"(%2944, %2947) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2949 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2950 = "stablehlo.broadcast_in_dim"(%2949) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2951 = "stablehlo.multiply"(%arg117, %2950) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2952 = "stablehlo.multiply"(%2419, %2419) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2953 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2954 = "stablehlo.broadcast_in_dim"(%2953) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2955 = "stablehlo.multiply"(%2952, %2954) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2956 = "stablehlo.add"(%2951, %2955) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2957 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2958 = "stablehlo.power"(%2957, %2941) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2959 = "stablehlo.negate"(%2958) : (tensor<f32>) -> tensor<f32>
    %2960 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2961 = "stablehlo.add"(%2959, %2960) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2962 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2963 = "stablehlo.power"(%2962, %2941) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2964 = "stablehlo.negate"(%2963) : (tensor<f32>) -> tensor<f32>
    %2965 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2966 = "stablehlo.add"(%2964, %2965) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2967 = "stablehlo.broadcast_in_dim"(%2961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2968 = "stablehlo.divide"(%2948, %2967) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2969 = "stablehlo.sqrt"(%2966) : (tensor<f32>) -> tensor<f32>
    %2970 = "stablehlo.sqrt"(%2956) : (tensor<128xf32>) -> tensor<128xf32>
    %2971 = "stablehlo.broadcast_in_dim"(%2969) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2972 = "stablehlo.divide"(%2970, %2971) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2973 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2974 = "stablehlo.broadcast_in_dim"(%2973) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2975 = "stablehlo.add"(%2972, %2974) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2976 = "stablehlo.divide"(%2968, %2975) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2977 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2978 = "stablehlo.multiply"(%2976, %2977) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2979 = "stablehlo.subtract"(%arg13, %2978) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2983 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2984 = "stablehlo.add"(%arg121, %2983) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2985 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2986 = "stablehlo.broadcast_in_dim"(%2985) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2987 = "stablehlo.multiply"(%arg119, %2986) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2988 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2989 = "stablehlo.broadcast_in_dim"(%2988) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2990 = "stablehlo.multiply"(%2421, %2989) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2991 = "stablehlo.add"(%2987, %2990) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2992 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2993 = "stablehlo.broadcast_in_dim"(%2992) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2994 = "stablehlo.multiply"(%arg120, %2993) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2995 = "stablehlo.multiply"(%2421, %2421) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2996 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2997 = "stablehlo.broadcast_in_dim"(%2996) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2998 = "stablehlo.multiply"(%2995, %2997) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2999 = "stablehlo.add"(%2994, %2998) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3000 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3001 = "stablehlo.power"(%3000, %2984) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3002 = "stablehlo.negate"(%3001) : (tensor<f32>) -> tensor<f32>
    %3003 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3004 = "stablehlo.add"(%3002, %3003) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3005 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3006 = "stablehlo.power"(%3005, %2984) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3007 = "stablehlo.negate"(%3006) : (tensor<f32>) -> tensor<f32>
    %3008 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3009 = "stablehlo.add"(%3007, %3008) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3010 = "stablehlo.broadcast_in_dim"(%3004) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3011 = "stablehlo.divide"(%2991, %3010) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3012 = "stablehlo.sqrt"(%3009) : (tensor<f32>) -> tensor<f32>
    %3013 = "stablehlo.sqrt"(%2999) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %3014 = "stablehlo.broadcast_in_dim"(%3012) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3015 = "stablehlo.divide"(%3013, %3014) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3016 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3017 = "stablehlo.broadcast_in_dim"(%3016) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3018 = "stablehlo.add"(%3015, %3017) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3019 = "stablehlo.divide"(%3011, %3018) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3020 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3021 = "stablehlo.multiply"(%3019, %3020) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3022 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3023 = "stablehlo.multiply"(%2599, %3022) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3024 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3025 = "stablehlo.add"(%3023, %3024) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3026 = "stablehlo.broadcast_in_dim"(%3025) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3027 = "stablehlo.multiply"(%arg14, %3026) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3028 = "stablehlo.subtract"(%3027, %3021) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3032 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3033 = "stablehlo.add"(%arg124, %3032) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3034 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3035 = "stablehlo.broadcast_in_dim"(%3034) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3036 = "stablehlo.multiply"(%arg122, %3035) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3037 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3038 = "stablehlo.broadcast_in_dim"(%3037) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3039 = "stablehlo.multiply"(%2423, %3038) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3040 = "stablehlo.add"(%3036, %3039) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3041 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3042 = "stablehlo.broadcast_in_dim"(%3041) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3043 = "stablehlo.multiply"(%arg123, %3042) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3044 = "stablehlo.multiply"(%2423, %2423) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3045 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3046 = "stablehlo.broadcast_in_dim"(%3045) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3047 = "stablehlo.multiply"(%3044, %3046) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3048 = "stablehlo.add"(%3043, %3047) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3049 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3050 = "stablehlo.power"(%3049, %3033) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3051 = "stablehlo.negate"(%3050) : (tensor<f32>) -> tensor<f32>
    %3052 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3053 = "stablehlo.add"(%3051, %3052) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3054 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3055 = "stablehlo.power"(%3054, %3033) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3056 = "stablehlo.negate"(%3055) : (tensor<f32>) -> tensor<f32>
    %3057 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3058 = "stablehlo.add"(%3056, %3057) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3059 = "stablehlo.broadcast_in_dim"(%3053) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3060 = "stablehlo.divide"(%3040, %3059) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3061 = "stablehlo.sqrt"(%3058) : (tensor<f32>) -> tensor<f32>
    %3062 = "stablehlo.sqrt"(%3048) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %3063 = "stablehlo.broadcast_in_dim"(%3061) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3064 = "stablehlo.divide"(%3062, %3063) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3065 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3066 = "stablehlo.broadcast_in_dim"(%3065) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3067 = "stablehlo.add"(%3064, %3066) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3068 = "stablehlo.divide"(%3060, %3067) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3069 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3070 = "stablehlo.multiply"(%3068, %3069) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3071 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3072 = "stablehlo.multiply"(%2599, %3071) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3073 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3074 = "stablehlo.add"(%3072, %3073) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3075 = "stablehlo.broadcast_in_dim"(%3074) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3076 = "stablehlo.multiply"(%arg15, %3075) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3077 = "stablehlo.subtract"(%3076, %3070) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3081 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3082 = "stablehlo.add"(%arg127, %3081) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3083 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3084 = "stablehlo.broadcast_in_dim"(%3083) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3085 = "stablehlo.multiply"(%arg125, %3084) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3086 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3087 = "stablehlo.broadcast_in_dim"(%3086) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3088 = "stablehlo.multiply"(%2425, %3087) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3089 = "stablehlo.add"(%3085, %3088) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3090 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3091 = "stablehlo.broadcast_in_dim"(%3090) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3092 = "stablehlo.multiply"(%arg126, %3091) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3093 = "stablehlo.multiply"(%2425, %2425) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3094 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3095 = "stablehlo.broadcast_in_dim"(%3094) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3096 = "stablehlo.multiply"(%3093, %3095) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3097 = "stablehlo.add"(%3092, %3096) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3098 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3099 = "stablehlo.power"(%3098, %3082) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3100 = "stablehlo.negate"(%3099) : (tensor<f32>) -> tensor<f32>
    %3101 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3102 = "stablehlo.add"(%3100, %3101) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3103 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3104 = "stablehlo.power"(%3103, %3082) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3105 = "stablehlo.negate"(%3104) : (tensor<f32>) -> tensor<f32>
    %3106 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3107 = "stablehlo.add"(%3105, %3106) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3108 = "stablehlo.broadcast_in_dim"(%3102) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3109 = "stablehlo.divide"(%3089, %3108) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3110 = "stablehlo.sqrt"(%3107) : (tensor<f32>) -> tensor<f32>
    %3111 = "stablehlo.sqrt"(%3097) : (tensor<128xf32>) -> tensor<128xf32>
    %3112 = "stablehlo.broadcast_in_dim"(%3110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3113 = "stablehlo.divide"(%3111, %3112) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3114 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3115 = "stablehlo.broadcast_in_dim"(%3114) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3116 = "stablehlo.add"(%3113, %3115) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3117 = "stablehlo.divide"(%3109, %3116) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3118 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3119 = "stablehlo.multiply"(%3117, %3118) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3120 = "stablehlo.subtract"(%arg16, %3119) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3124 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3125 = "stablehlo.add"(%arg130, %3124) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3126 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3127 = "stablehlo.broadcast_in_dim"(%3126) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3128 = "stablehlo.multiply"(%arg128, %3127) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3129 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3130 = "stablehlo.broadcast_in_dim"(%3129) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3131 = "stablehlo.multiply"(%2427, %3130) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3132 = "stablehlo.add"(%3128, %3131) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3133 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3134 = "stablehlo.broadcast_in_dim"(%3133) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3135 = "stablehlo.multiply"(%arg129, %3134) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3136 = "stablehlo.multiply"(%2427, %2427) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3137 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3138 = "stablehlo.broadcast_in_dim"(%3137) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3139 = "stablehlo.multiply"(%3136, %3138) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3140 = "stablehlo.add"(%3135, %3139) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3141 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3142 = "stablehlo.power"(%3141, %3125) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3143 = "stablehlo.negate"(%3142) : (tensor<f32>) -> tensor<f32>
    %3144 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3145 = "stablehlo.add"(%3143, %3144) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3146 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3147 = "stablehlo.power"(%3146, %3125) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3148 = "stablehlo.negate"(%3147) : (tensor<f32>) -> tensor<f32>
    %3149 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3150 = "stablehlo.add"(%3148, %3149) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3151 = "stablehlo.broadcast_in_dim"(%3145) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3152 = "stablehlo.divide"(%3132, %3151) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3153 = "stablehlo.sqrt"(%3150) : (tensor<f32>) -> tensor<f32>
    %3154 = "stablehlo.sqrt"(%3140) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3155 = "stablehlo.broadcast_in_dim"(%3153) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3156 = "stablehlo.divide"(%3154, %3155) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3157 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3158 = "stablehlo.broadcast_in_dim"(%3157) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3159 = "stablehlo.add"(%3156, %3158) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3160 = "stablehlo.divide"(%3152, %3159) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3161 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3162 = "stablehlo.multiply"(%3160, %3161) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3163 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3164 = "stablehlo.multiply"(%2599, %3163) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3165 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3166 = "stablehlo.add"(%3164, %3165) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3167 = "stablehlo.broadcast_in_dim"(%3166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3168 = "stablehlo.multiply"(%arg17, %3167) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3169 = "stablehlo.subtract"(%3168, %3162) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3173 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3174 = "stablehlo.add"(%arg133, %3173) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3175 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3176 = "stablehlo.broadcast_in_dim"(%3175) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3177 = "stablehlo.multiply"(%arg131, %3176) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3178 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3179 = "stablehlo.broadcast_in_dim"(%3178) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3180 = "stablehlo.multiply"(%2429, %3179) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3181 = "stablehlo.add"(%3177, %3180) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3182 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3183 = "stablehlo.broadcast_in_dim"(%3182) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3184 = "stablehlo.multiply"(%arg132, %3183) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3185 = "stablehlo.multiply"(%2429, %2429) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3186 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3187 = "stablehlo.broadcast_in_dim"(%3186) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3188 = "stablehlo.multiply"(%3185, %3187) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3189 = "stablehlo.add"(%3184, %3188) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3190 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3191 = "stablehlo.power"(%3190, %3174) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3192 = "stablehlo.negate"(%3191) : (tensor<f32>) -> tensor<f32>
    %3193 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3194 = "stablehlo.add"(%3192, %3193) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3195 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3196 = "stablehlo.power"(%3195, %3174) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3197 = "stablehlo.negate"(%3196) : (tensor<f32>) -> tensor<f32>
    %3198 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3199 = "stablehlo.add"(%3197, %3198) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3200 = "stablehlo.broadcast_in_dim"(%3194) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3201 = "stablehlo.divide"(%3181, %3200) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3202 = "stablehlo.sqrt"(%3199) : (tensor<f32>) -> tensor<f32>
    %3203 = "stablehlo.sqrt"(%3189) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3204 = "stablehlo.broadcast_in_dim"(%3202) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3205 = "stablehlo.divide"(%3203, %3204) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3206 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3207 = "stablehlo.broadcast_in_dim"(%3206) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3208 = "stablehlo.add"(%3205, %3207) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3209 = "stablehlo.divide"(%3201, %3208) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3210 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3211 = "stablehlo.multiply"(%3209, %3210) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3212 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3213 = "stablehlo.multiply"(%2599, %3212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3214 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3215 = "stablehlo.add"(%3213, %3214) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3216 = "stablehlo.broadcast_in_dim"(%3215) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3217 = "stablehlo.multiply"(%arg18, %3216) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3218 = "stablehlo.subtract"(%3217, %3211) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3222 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3223 = "stablehlo.add"(%arg136, %3222) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3224 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3225 = "stablehlo.broadcast_in_dim"(%3224) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3226 = "stablehlo.multiply"(%arg134, %3225) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3227 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3228 = "stablehlo.broadcast_in_dim"(%3227) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3229 = "stablehlo.multiply"(%2431, %3228) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3230 = "stablehlo.add"(%3226, %3229) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3231 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3232 = "stablehlo.broadcast_in_dim"(%3231) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3233 = "stablehlo.multiply"(%arg135, %3232) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3234 = "stablehlo.multiply"(%2431, %2431) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3235 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3236 = "stablehlo.broadcast_in_dim"(%3235) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3237 = "stablehlo.multiply"(%3234, %3236) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3238 = "stablehlo.add"(%3233, %3237) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3239 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3240 = "stablehlo.power"(%3239, %3223) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3241 = "stablehlo.negate"(%3240) : (tensor<f32>) -> tensor<f32>
    %3242 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3243 = "stablehlo.add"(%3241, %3242) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3244 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3245 = "stablehlo.power"(%3244, %3223) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3246 = "stablehlo.negate"(%3245) : (tensor<f32>) -> tensor<f32>
    %3247 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3248 = "stablehlo.add"(%3246, %3247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3249 = "stablehlo.broadcast_in_dim"(%3243) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3250 = "stablehlo.divide"(%3230, %3249) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3251 = "stablehlo.sqrt"(%3248) : (tensor<f32>) -> tensor<f32>
    %3252 = "stablehlo.sqrt"(%3238) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3253 = "stablehlo.broadcast_in_dim"(%3251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3254 = "stablehlo.divide"(%3252, %3253) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3255 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3256 = "stablehlo.broadcast_in_dim"(%3255) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3257 = "stablehlo.add"(%3254, %3256) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3258 = "stablehlo.divide"(%3250, %3257) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3259 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3260 = "stablehlo.multiply"(%3258, %3259) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3261 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3262 = "stablehlo.multiply"(%2599, %3261) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3263 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3264 = "stablehlo.add"(%3262, %3263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3265 = "stablehlo.broadcast_in_dim"(%3264) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3266 = "stablehlo.multiply"(%arg19, %3265) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3267 = "stablehlo.subtract"(%3266, %3260) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3271 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3272 = "stablehlo.add"(%arg139, %3271) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3273 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3274 = "stablehlo.broadcast_in_dim"(%3273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3275 = "stablehlo.multiply"(%arg137, %3274) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3276 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3277 = "stablehlo.broadcast_in_dim"(%3276) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3278 = "stablehlo.multiply"(%2433, %3277) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3279 = "stablehlo.add"(%3275, %3278) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3280 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3281 = "stablehlo.broadcast_in_dim"(%3280) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3282 = "stablehlo.multiply"(%arg138, %3281) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3283 = "stablehlo.multiply"(%2433, %2433) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3284 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3285 = "stablehlo.broadcast_in_dim"(%3284) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3286 = "stablehlo.multiply"(%3283, %3285) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3287 = "stablehlo.add"(%3282, %3286) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3288 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3289 = "stablehlo.power"(%3288, %3272) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3290 = "stablehlo.negate"(%3289) : (tensor<f32>) -> tensor<f32>
    %3291 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3292 = "stablehlo.add"(%3290, %3291) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3293 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3294 = "stablehlo.power"(%3293, %3272) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3295 = "stablehlo.negate"(%3294) : (tensor<f32>) -> tensor<f32>
    %3296 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3297 = "stablehlo.add"(%3295, %3296) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3298 = "stablehlo.broadcast_in_dim"(%3292) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3299 = "stablehlo.divide"(%3279, %3298) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3300 = "stablehlo.sqrt"(%3297) : (tensor<f32>) -> tensor<f32>
    %3301 = "stablehlo.sqrt"(%3287) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3302 = "stablehlo.broadcast_in_dim"(%3300) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3303 = "stablehlo.divide"(%3301, %3302) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3304 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3305 = "stablehlo.broadcast_in_dim"(%3304) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3306 = "stablehlo.add"(%3303, %3305) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3307 = "stablehlo.divide"(%3299, %3306) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3308 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3309 = "stablehlo.multiply"(%3307, %3308) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3310 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3311 = "stablehlo.multiply"(%2599, %3310) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3312 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3313 = "stablehlo.add"(%3311, %3312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3314 = "stablehlo.broadcast_in_dim"(%3313) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3315 = "stablehlo.multiply"(%arg20, %3314) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3316 = "stablehlo.subtract"(%3315, %3309) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3320 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3321 = "stablehlo.add"(%arg142, %3320) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3322 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3323 = "stablehlo.broadcast_in_dim"(%3322) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3324 = "stablehlo.multiply"(%arg140, %3323) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3325 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3326 = "stablehlo.broadcast_in_dim"(%3325) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3327 = "stablehlo.multiply"(%2435, %3326) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3328 = "stablehlo.add"(%3324, %3327) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3329 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3330 = "stablehlo.broadcast_in_dim"(%3329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3331 = "stablehlo.multiply"(%arg141, %3330) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3332 = "stablehlo.multiply"(%2435, %2435) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3333 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3334 = "stablehlo.broadcast_in_dim"(%3333) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3335 = "stablehlo.multiply"(%3332, %3334) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3336 = "stablehlo.add"(%3331, %3335) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3337 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3338 = "stablehlo.power"(%3337, %3321) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3339 = "stablehlo.negate"(%3338) : (tensor<f32>) -> tensor<f32>
    %3340 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3341 = "stablehlo.add"(%3339, %3340) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3342 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3343 = "stablehlo.power"(%3342, %3321) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3344 = "stablehlo.negate"(%3343) : (tensor<f32>) -> tensor<f32>
    %3345 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3346 = "stablehlo.add"(%3344, %3345) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3347 = "stablehlo.broadcast_in_dim"(%3341) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3348 = "stablehlo.divide"(%3328, %3347) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3349 = "stablehlo.sqrt"(%3346) : (tensor<f32>) -> tensor<f32>
    %3350 = "stablehlo.sqrt"(%3336) : (tensor<128xf32>) -> tensor<128xf32>
    %3351 = "stablehlo.broadcast_in_dim"(%3349) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3352 = "stablehlo.divide"(%3350, %3351) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3353 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3354 = "stablehlo.broadcast_in_dim"(%3353) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3355 = "stablehlo.add"(%3352, %3354) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3356 = "stablehlo.divide"(%3348, %3355) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3357 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3358 = "stablehlo.multiply"(%3356, %3357) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3359 = "stablehlo.subtract"(%arg21, %3358) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3363 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3364 = "stablehlo.add"(%arg145, %3363) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3365 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3366 = "stablehlo.broadcast_in_dim"(%3365) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3367 = "stablehlo.multiply"(%arg143, %3366) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3368 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3369 = "stablehlo.broadcast_in_dim"(%3368) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3370 = "stablehlo.multiply"(%2437, %3369) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3371 = "stablehlo.add"(%3367, %3370) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3372 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3373 = "stablehlo.broadcast_in_dim"(%3372) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3374 = "stablehlo.multiply"(%arg144, %3373) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3375 = "stablehlo.multiply"(%2437, %2437) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3376 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3377 = "stablehlo.broadcast_in_dim"(%3376) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3378 = "stablehlo.multiply"(%3375, %3377) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3379 = "stablehlo.add"(%3374, %3378) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3380 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3381 = "stablehlo.power"(%3380, %3364) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3382 = "stablehlo.negate"(%3381) : (tensor<f32>) -> tensor<f32>
    %3383 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3384 = "stablehlo.add"(%3382, %3383) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3385 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3386 = "stablehlo.power"(%3385, %3364) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3387 = "stablehlo.negate"(%3386) : (tensor<f32>) -> tensor<f32>
    %3388 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3389 = "stablehlo.add"(%3387, %3388) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3390 = "stablehlo.broadcast_in_dim"(%3384) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3391 = "stablehlo.divide"(%3371, %3390) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3392 = "stablehlo.sqrt"(%3389) : (tensor<f32>) -> tensor<f32>
    %3393 = "stablehlo.sqrt"(%3379) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %3394 = "stablehlo.broadcast_in_dim"(%3392) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3395 = "stablehlo.divide"(%3393, %3394) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3396 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3397 = "stablehlo.broadcast_in_dim"(%3396) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3398 = "stablehlo.add"(%3395, %3397) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3399 = "stablehlo.divide"(%3391, %3398) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3400 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3401 = "stablehlo.multiply"(%3399, %3400) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3402 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3403 = "stablehlo.multiply"(%2599, %3402) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3404 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3405 = "stablehlo.add"(%3403, %3404) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3406 = "stablehlo.broadcast_in_dim"(%3405) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3407 = "stablehlo.multiply"(%arg22, %3406) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3408 = "stablehlo.subtract"(%3407, %3401) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3412 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3413 = "stablehlo.add"(%arg148, %3412) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3414 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3415 = "stablehlo.broadcast_in_dim"(%3414) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3416 = "stablehlo.multiply"(%arg146, %3415) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3417 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3418 = "stablehlo.broadcast_in_dim"(%3417) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3419 = "stablehlo.multiply"(%2439, %3418) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3420 = "stablehlo.add"(%3416, %3419) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3421 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3422 = "stablehlo.broadcast_in_dim"(%3421) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3423 = "stablehlo.multiply"(%arg147, %3422) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3424 = "stablehlo.multiply"(%2439, %2439) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3425 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3426 = "stablehlo.broadcast_in_dim"(%3425) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3427 = "stablehlo.multiply"(%3424, %3426) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3428 = "stablehlo.add"(%3423, %3427) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3429 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3430 = "stablehlo.power"(%3429, %3413) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3431 = "stablehlo.negate"(%3430) : (tensor<f32>) -> tensor<f32>
    %3432 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3433 = "stablehlo.add"(%3431, %3432) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3434 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3435 = "stablehlo.power"(%3434, %3413) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3436 = "stablehlo.negate"(%3435) : (tensor<f32>) -> tensor<f32>
    %3437 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3438 = "stablehlo.add"(%3436, %3437) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3439 = "stablehlo.broadcast_in_dim"(%3433) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3440 = "stablehlo.divide"(%3420, %3439) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3441 = "stablehlo.sqrt"(%3438) : (tensor<f32>) -> tensor<f32>
    %3442 = "stablehlo.sqrt"(%3428) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %3443 = "stablehlo.broadcast_in_dim"(%3441) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3444 = "stablehlo.divide"(%3442, %3443) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3445 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3446 = "stablehlo.broadcast_in_dim"(%3445) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3447 = "stablehlo.add"(%3444, %3446) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3448 = "stablehlo.divide"(%3440, %3447) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3449 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3450 = "stablehlo.multiply"(%3448, %3449) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3451 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3452 = "stablehlo.multiply"(%2599, %3451) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3453 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3454 = "stablehlo.add"(%3452, %3453) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3455 = "stablehlo.broadcast_in_dim"(%3454) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3456 = "stablehlo.multiply"(%arg23, %3455) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3457 = "stablehlo.subtract"(%3456, %3450) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3461 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3462 = "stablehlo.add"(%arg151, %3461) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3463 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3464 = "stablehlo.broadcast_in_dim"(%3463) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3465 = "stablehlo.multiply"(%arg149, %3464) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3466 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3467 = "stablehlo.broadcast_in_dim"(%3466) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3468 = "stablehlo.multiply"(%2441, %3467) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3469 = "stablehlo.add"(%3465, %3468) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3470 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3471 = "stablehlo.broadcast_in_dim"(%3470) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3472 = "stablehlo.multiply"(%arg150, %3471) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3473 = "stablehlo.multiply"(%2441, %2441) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3474 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3475 = "stablehlo.broadcast_in_dim"(%3474) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3476 = "stablehlo.multiply"(%3473, %3475) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3477 = "stablehlo.add"(%3472, %3476) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3478 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3479 = "stablehlo.power"(%3478, %3462) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3480 = "stablehlo.negate"(%3479) : (tensor<f32>) -> tensor<f32>
    %3481 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3482 = "stablehlo.add"(%3480, %3481) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3483 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3484 = "stablehlo.power"(%3483, %3462) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3485 = "stablehlo.negate"(%3484) : (tensor<f32>) -> tensor<f32>
    %3486 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3487 = "stablehlo.add"(%3485, %3486) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3488 = "stablehlo.broadcast_in_dim"(%3482) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3489 = "stablehlo.divide"(%3469, %3488) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3490 = "stablehlo.sqrt"(%3487) : (tensor<f32>) -> tensor<f32>
    %3491 = "stablehlo.sqrt"(%3477) : (tensor<128xf32>) -> tensor<128xf32>
    %3492 = "stablehlo.broadcast_in_dim"(%3490) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3493 = "stablehlo.divide"(%3491, %3492) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3494 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3495 = "stablehlo.broadcast_in_dim"(%3494) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3496 = "stablehlo.add"(%3493, %3495) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3497 = "stablehlo.divide"(%3489, %3496) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3498 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3499 = "stablehlo.multiply"(%3497, %3498) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3500 = "stablehlo.subtract"(%arg24, %3499) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3504 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3505 = "stablehlo.add"(%arg154, %3504) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3506 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3507 = "stablehlo.broadcast_in_dim"(%3506) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3508 = "stablehlo.multiply"(%arg152, %3507) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3509 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3510 = "stablehlo.broadcast_in_dim"(%3509) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3511 = "stablehlo.multiply"(%2443, %3510) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3512 = "stablehlo.add"(%3508, %3511) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3513 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3514 = "stablehlo.broadcast_in_dim"(%3513) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3515 = "stablehlo.multiply"(%arg153, %3514) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3516 = "stablehlo.multiply"(%2443, %2443) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3517 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3518 = "stablehlo.broadcast_in_dim"(%3517) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3519 = "stablehlo.multiply"(%3516, %3518) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3520 = "stablehlo.add"(%3515, %3519) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3521 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3522 = "stablehlo.power"(%3521, %3505) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3523 = "stablehlo.negate"(%3522) : (tensor<f32>) -> tensor<f32>
    %3524 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3525 = "stablehlo.add"(%3523, %3524) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3526 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3527 = "stablehlo.power"(%3526, %3505) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3528 = "stablehlo.negate"(%3527) : (tensor<f32>) -> tensor<f32>
    %3529 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3530 = "stablehlo.add"(%3528, %3529) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3531 = "stablehlo.broadcast_in_dim"(%3525) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3532 = "stablehlo.divide"(%3512, %3531) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3533 = "stablehlo.sqrt"(%3530) : (tensor<f32>) -> tensor<f32>
    %3534 = "stablehlo.sqrt"(%3520) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3535 = "stablehlo.broadcast_in_dim"(%3533) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3536 = "stablehlo.divide"(%3534, %3535) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3537 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3538 = "stablehlo.broadcast_in_dim"(%3537) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3539 = "stablehlo.add"(%3536, %3538) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3540 = "stablehlo.divide"(%3532, %3539) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3541 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3542 = "stablehlo.multiply"(%3540, %3541) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3543 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3544 = "stablehlo.multiply"(%2599, %3543) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3545 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3546 = "stablehlo.add"(%3544, %3545) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3547 = "stablehlo.broadcast_in_dim"(%3546) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3548 = "stablehlo.multiply"(%arg25, %3547) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3549 = "stablehlo.subtract"(%3548, %3542) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3553 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3554 = "stablehlo.add"(%arg157, %3553) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3555 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3556 = "stablehlo.broadcast_in_dim"(%3555) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3557 = "stablehlo.multiply"(%arg155, %3556) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3558 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3559 = "stablehlo.broadcast_in_dim"(%3558) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3560 = "stablehlo.multiply"(%2445, %3559) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3561 = "stablehlo.add"(%3557, %3560) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3562 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3563 = "stablehlo.broadcast_in_dim"(%3562) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3564 = "stablehlo.multiply"(%arg156, %3563) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3565 = "stablehlo.multiply"(%2445, %2445) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3566 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3567 = "stablehlo.broadcast_in_dim"(%3566) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3568 = "stablehlo.multiply"(%3565, %3567) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3569 = "stablehlo.add"(%3564, %3568) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3570 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3571 = "stablehlo.power"(%3570, %3554) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3572 = "stablehlo.negate"(%3571) : (tensor<f32>) -> tensor<f32>
    %3573 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3574 = "stablehlo.add"(%3572, %3573) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3575 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3576 = "stablehlo.power"(%3575, %3554) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3577 = "stablehlo.negate"(%3576) : (tensor<f32>) -> tensor<f32>
    %3578 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3579 = "stablehlo.add"(%3577, %3578) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3580 = "stablehlo.broadcast_in_dim"(%3574) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3581 = "stablehlo.divide"(%3561, %3580) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3582 = "stablehlo.sqrt"(%3579) : (tensor<f32>) -> tensor<f32>
    %3583 = "stablehlo.sqrt"(%3569) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3584 = "stablehlo.broadcast_in_dim"(%3582) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3585 = "stablehlo.divide"(%3583, %3584) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3586 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3587 = "stablehlo.broadcast_in_dim"(%3586) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3588 = "stablehlo.add"(%3585, %3587) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3589 = "stablehlo.divide"(%3581, %3588) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3590 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3591 = "stablehlo.multiply"(%3589, %3590) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3592 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3593 = "stablehlo.multiply"(%2599, %3592) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3594 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3595 = "stablehlo.add"(%3593, %3594) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3596 = "stablehlo.broadcast_in_dim"(%3595) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3597 = "stablehlo.multiply"(%arg26, %3596) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3598 = "stablehlo.subtract"(%3597, %3591) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3602 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3603 = "stablehlo.add"(%arg160, %3602) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3604 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3605 = "stablehlo.broadcast_in_dim"(%3604) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3606 = "stablehlo.multiply"(%arg158, %3605) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3607 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3608 = "stablehlo.broadcast_in_dim"(%3607) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3609 = "stablehlo.multiply"(%2447, %3608) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3610 = "stablehlo.add"(%3606, %3609) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3611 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3612 = "stablehlo.broadcast_in_dim"(%3611) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3613 = "stablehlo.multiply"(%arg159, %3612) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3614 = "stablehlo.multiply"(%2447, %2447) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3615 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3616 = "stablehlo.broadcast_in_dim"(%3615) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3617 = "stablehlo.multiply"(%3614, %3616) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3618 = "stablehlo.add"(%3613, %3617) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3619 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3620 = "stablehlo.power"(%3619, %3603) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3621 = "stablehlo.negate"(%3620) : (tensor<f32>) -> tensor<f32>
    %3622 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3623 = "stablehlo.add"(%3621, %3622) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3624 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3625 = "stablehlo.power"(%3624, %3603) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3626 = "stablehlo.negate"(%3625) : (tensor<f32>) -> tensor<f32>
    %3627 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3628 = "stablehlo.add"(%3626, %3627) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3629 = "stablehlo.broadcast_in_dim"(%3623) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3630 = "stablehlo.divide"(%3610, %3629) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3631 = "stablehlo.sqrt"(%3628) : (tensor<f32>) -> tensor<f32>
    %3632 = "stablehlo.sqrt"(%3618) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3633 = "stablehlo.broadcast_in_dim"(%3631) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3634 = "stablehlo.divide"(%3632, %3633) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3635 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3636 = "stablehlo.broadcast_in_dim"(%3635) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3637 = "stablehlo.add"(%3634, %3636) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3638 = "stablehlo.divide"(%3630, %3637) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3639 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3640 = "stablehlo.multiply"(%3638, %3639) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3641 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3642 = "stablehlo.multiply"(%2599, %3641) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3643 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3644 = "stablehlo.add"(%3642, %3643) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3645 = "stablehlo.broadcast_in_dim"(%3644) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3646 = "stablehlo.multiply"(%arg27, %3645) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3647 = "stablehlo.subtract"(%3646, %3640) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3651 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3652 = "stablehlo.add"(%arg163, %3651) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3653 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3654 = "stablehlo.broadcast_in_dim"(%3653) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3655 = "stablehlo.multiply"(%arg161, %3654) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3656 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3657 = "stablehlo.broadcast_in_dim"(%3656) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3658 = "stablehlo.multiply"(%2449, %3657) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3659 = "stablehlo.add"(%3655, %3658) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3660 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3661 = "stablehlo.broadcast_in_dim"(%3660) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3662 = "stablehlo.multiply"(%arg162, %3661) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3663 = "stablehlo.multiply"(%2449, %2449) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3664 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3665 = "stablehlo.broadcast_in_dim"(%3664) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3666 = "stablehlo.multiply"(%3663, %3665) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3667 = "stablehlo.add"(%3662, %3666) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3668 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3669 = "stablehlo.power"(%3668, %3652) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3670 = "stablehlo.negate"(%3669) : (tensor<f32>) -> tensor<f32>
    %3671 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3672 = "stablehlo.add"(%3670, %3671) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3673 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3674 = "stablehlo.power"(%3673, %3652) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3675 = "stablehlo.negate"(%3674) : (tensor<f32>) -> tensor<f32>
    %3676 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3677 = "stablehlo.add"(%3675, %3676) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3678 = "stablehlo.broadcast_in_dim"(%3672) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3679 = "stablehlo.divide"(%3659, %3678) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3680 = "stablehlo.sqrt"(%3677) : (tensor<f32>) -> tensor<f32>
    %3681 = "stablehlo.sqrt"(%3667) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3682 = "stablehlo.broadcast_in_dim"(%3680) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3683 = "stablehlo.divide"(%3681, %3682) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3684 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3685 = "stablehlo.broadcast_in_dim"(%3684) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3686 = "stablehlo.add"(%3683, %3685) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3687 = "stablehlo.divide"(%3679, %3686) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3688 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3689 = "stablehlo.multiply"(%3687, %3688) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3690 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3691 = "stablehlo.multiply"(%2599, %3690) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3692 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3693 = "stablehlo.add"(%3691, %3692) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3694 = "stablehlo.broadcast_in_dim"(%3693) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3695 = "stablehlo.multiply"(%arg28, %3694) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3696 = "stablehlo.subtract"(%3695, %3689) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3700 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3701 = "stablehlo.add"(%arg166, %3700) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3702 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3703 = "stablehlo.broadcast_in_dim"(%3702) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3704 = "stablehlo.multiply"(%arg164, %3703) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3705 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3706 = "stablehlo.broadcast_in_dim"(%3705) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3707 = "stablehlo.multiply"(%2451, %3706) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3708 = "stablehlo.add"(%3704, %3707) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3709 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3710 = "stablehlo.broadcast_in_dim"(%3709) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3711 = "stablehlo.multiply"(%arg165, %3710) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3712 = "stablehlo.multiply"(%2451, %2451) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3713 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3714 = "stablehlo.broadcast_in_dim"(%3713) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3715 = "stablehlo.multiply"(%3712, %3714) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3716 = "stablehlo.add"(%3711, %3715) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3717 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3718 = "stablehlo.power"(%3717, %3701) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3719 = "stablehlo.negate"(%3718) : (tensor<f32>) -> tensor<f32>
    %3720 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3721 = "stablehlo.add"(%3719, %3720) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3722 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3723 = "stablehlo.power"(%3722, %3701) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3724 = "stablehlo.negate"(%3723) : (tensor<f32>) -> tensor<f32>
    %3725 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3726 = "stablehlo.add"(%3724, %3725) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3727 = "stablehlo.broadcast_in_dim"(%3721) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3728 = "stablehlo.divide"(%3708, %3727) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3729 = "stablehlo.sqrt"(%3726) : (tensor<f32>) -> tensor<f32>
    %3730 = "stablehlo.sqrt"(%3716) : (tensor<128xf32>) -> tensor<128xf32>
    %3731 = "stablehlo.broadcast_in_dim"(%3729) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3732 = "stablehlo.divide"(%3730, %3731) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3733 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3734 = "stablehlo.broadcast_in_dim"(%3733) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3735 = "stablehlo.add"(%3732, %3734) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3736 = "stablehlo.divide"(%3728, %3735) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3737 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3738 = "stablehlo.multiply"(%3736, %3737) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3739 = "stablehlo.subtract"(%arg29, %3738) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3743 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3744 = "stablehlo.add"(%arg169, %3743) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3745 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3746 = "stablehlo.broadcast_in_dim"(%3745) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3747 = "stablehlo.multiply"(%arg167, %3746) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3748 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3749 = "stablehlo.broadcast_in_dim"(%3748) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3750 = "stablehlo.multiply"(%2453, %3749) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3751 = "stablehlo.add"(%3747, %3750) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3752 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3753 = "stablehlo.broadcast_in_dim"(%3752) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3754 = "stablehlo.multiply"(%arg168, %3753) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3755 = "stablehlo.multiply"(%2453, %2453) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3756 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3757 = "stablehlo.broadcast_in_dim"(%3756) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3758 = "stablehlo.multiply"(%3755, %3757) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3759 = "stablehlo.add"(%3754, %3758) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3760 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3761 = "stablehlo.power"(%3760, %3744) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3762 = "stablehlo.negate"(%3761) : (tensor<f32>) -> tensor<f32>
    %3763 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3764 = "stablehlo.add"(%3762, %3763) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3765 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3766 = "stablehlo.power"(%3765, %3744) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3767 = "stablehlo.negate"(%3766) : (tensor<f32>) -> tensor<f32>
    %3768 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3769 = "stablehlo.add"(%3767, %3768) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3770 = "stablehlo.broadcast_in_dim"(%3764) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3771 = "stablehlo.divide"(%3751, %3770) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3772 = "stablehlo.sqrt"(%3769) : (tensor<f32>) -> tensor<f32>
    %3773 = "stablehlo.sqrt"(%3759) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %3774 = "stablehlo.broadcast_in_dim"(%3772) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3775 = "stablehlo.divide"(%3773, %3774) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3776 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3777 = "stablehlo.broadcast_in_dim"(%3776) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3778 = "stablehlo.add"(%3775, %3777) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3779 = "stablehlo.divide"(%3771, %3778) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3780 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3781 = "stablehlo.multiply"(%3779, %3780) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3782 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3783 = "stablehlo.multiply"(%2599, %3782) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3784 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3785 = "stablehlo.add"(%3783, %3784) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3786 = "stablehlo.broadcast_in_dim"(%3785) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3787 = "stablehlo.multiply"(%arg30, %3786) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3788 = "stablehlo.subtract"(%3787, %3781) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3792 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3793 = "stablehlo.add"(%arg172, %3792) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3794 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3795 = "stablehlo.broadcast_in_dim"(%3794) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3796 = "stablehlo.multiply"(%arg170, %3795) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3797 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3798 = "stablehlo.broadcast_in_dim"(%3797) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3799 = "stablehlo.multiply"(%2455, %3798) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3800 = "stablehlo.add"(%3796, %3799) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3801 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3802 = "stablehlo.broadcast_in_dim"(%3801) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3803 = "stablehlo.multiply"(%arg171, %3802) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3804 = "stablehlo.multiply"(%2455, %2455) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3805 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3806 = "stablehlo.broadcast_in_dim"(%3805) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3807 = "stablehlo.multiply"(%3804, %3806) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3808 = "stablehlo.add"(%3803, %3807) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3809 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3810 = "stablehlo.power"(%3809, %3793) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3811 = "stablehlo.negate"(%3810) : (tensor<f32>) -> tensor<f32>
    %3812 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3813 = "stablehlo.add"(%3811, %3812) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3814 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3815 = "stablehlo.power"(%3814, %3793) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3816 = "stablehlo.negate"(%3815) : (tensor<f32>) -> tensor<f32>
    %3817 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3818 = "stablehlo.add"(%3816, %3817) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3819 = "stablehlo.broadcast_in_dim"(%3813) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3820 = "stablehlo.divide"(%3800, %3819) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3821 = "stablehlo.sqrt"(%3818) : (tensor<f32>) -> tensor<f32>
    %3822 = "stablehlo.sqrt"(%3808) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %3823 = "stablehlo.broadcast_in_dim"(%3821) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3824 = "stablehlo.divide"(%3822, %3823) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3825 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3826 = "stablehlo.broadcast_in_dim"(%3825) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3827 = "stablehlo.add"(%3824, %3826) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3828 = "stablehlo.divide"(%3820, %3827) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3829 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3830 = "stablehlo.multiply"(%3828, %3829) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3831 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3832 = "stablehlo.multiply"(%2599, %3831) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3833 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3834 = "stablehlo.add"(%3832, %3833) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3835 = "stablehlo.broadcast_in_dim"(%3834) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3836 = "stablehlo.multiply"(%arg31, %3835) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3837 = "stablehlo.subtract"(%3836, %3830) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3841 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3842 = "stablehlo.add"(%arg175, %3841) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3843 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3844 = "stablehlo.broadcast_in_dim"(%3843) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3845 = "stablehlo.multiply"(%arg173, %3844) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3846 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3847 = "stablehlo.broadcast_in_dim"(%3846) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3848 = "stablehlo.multiply"(%2457, %3847) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3849 = "stablehlo.add"(%3845, %3848) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3850 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3851 = "stablehlo.broadcast_in_dim"(%3850) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3852 = "stablehlo.multiply"(%arg174, %3851) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3853 = "stablehlo.multiply"(%2457, %2457) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3854 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3855 = "stablehlo.broadcast_in_dim"(%3854) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3856 = "stablehlo.multiply"(%3853, %3855) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3857 = "stablehlo.add"(%3852, %3856) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3858 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3859 = "stablehlo.power"(%3858, %3842) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3860 = "stablehlo.negate"(%3859) : (tensor<f32>) -> tensor<f32>
    %3861 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3862 = "stablehlo.add"(%3860, %3861) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3863 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3864 = "stablehlo.power"(%3863, %3842) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3865 = "stablehlo.negate"(%3864) : (tensor<f32>) -> tensor<f32>
    %3866 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3867 = "stablehlo.add"(%3865, %3866) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3868 = "stablehlo.broadcast_in_dim"(%3862) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3869 = "stablehlo.divide"(%3849, %3868) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3870 = "stablehlo.sqrt"(%3867) : (tensor<f32>) -> tensor<f32>
    %3871 = "stablehlo.sqrt"(%3857) : (tensor<128xf32>) -> tensor<128xf32>
    %3872 = "stablehlo.broadcast_in_dim"(%3870) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3873 = "stablehlo.divide"(%3871, %3872) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3874 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3875 = "stablehlo.broadcast_in_dim"(%3874) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3876 = "stablehlo.add"(%3873, %3875) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3877 = "stablehlo.divide"(%3869, %3876) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3878 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3879 = "stablehlo.multiply"(%3877, %3878) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3880 = "stablehlo.subtract"(%arg32, %3879) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3884 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3885 = "stablehlo.add"(%arg178, %3884) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3886 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3887 = "stablehlo.broadcast_in_dim"(%3886) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3888 = "stablehlo.multiply"(%arg176, %3887) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3889 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3890 = "stablehlo.broadcast_in_dim"(%3889) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3891 = "stablehlo.multiply"(%2459, %3890) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3892 = "stablehlo.add"(%3888, %3891) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3893 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3894 = "stablehlo.broadcast_in_dim"(%3893) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3895 = "stablehlo.multiply"(%arg177, %3894) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3896 = "stablehlo.multiply"(%2459, %2459) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3897 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3898 = "stablehlo.broadcast_in_dim"(%3897) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3899 = "stablehlo.multiply"(%3896, %3898) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3900 = "stablehlo.add"(%3895, %3899) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3901 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3902 = "stablehlo.power"(%3901, %3885) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3903 = "stablehlo.negate"(%3902) : (tensor<f32>) -> tensor<f32>
    %3904 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3905 = "stablehlo.add"(%3903, %3904) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3906 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3907 = "stablehlo.power"(%3906, %3885) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3908 = "stablehlo.negate"(%3907) : (tensor<f32>) -> tensor<f32>
    %3909 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3910 = "stablehlo.add"(%3908, %3909) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3911 = "stablehlo.broadcast_in_dim"(%3905) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3912 = "stablehlo.divide"(%3892, %3911) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3913 = "stablehlo.sqrt"(%3910) : (tensor<f32>) -> tensor<f32>
    %3914 = "stablehlo.sqrt"(%3900) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3915 = "stablehlo.broadcast_in_dim"(%3913) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3916 = "stablehlo.divide"(%3914, %3915) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3917 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3918 = "stablehlo.broadcast_in_dim"(%3917) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3919 = "stablehlo.add"(%3916, %3918) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3920 = "stablehlo.divide"(%3912, %3919) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3921 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3922 = "stablehlo.multiply"(%3920, %3921) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3923 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3924 = "stablehlo.multiply"(%2599, %3923) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3925 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3926 = "stablehlo.add"(%3924, %3925) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3927 = "stablehlo.broadcast_in_dim"(%3926) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3928 = "stablehlo.multiply"(%arg33, %3927) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3929 = "stablehlo.subtract"(%3928, %3922) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3933 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3934 = "stablehlo.add"(%arg181, %3933) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3935 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3936 = "stablehlo.broadcast_in_dim"(%3935) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3937 = "stablehlo.multiply"(%arg179, %3936) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3938 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3939 = "stablehlo.broadcast_in_dim"(%3938) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3940 = "stablehlo.multiply"(%2461, %3939) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3941 = "stablehlo.add"(%3937, %3940) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3942 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3943 = "stablehlo.broadcast_in_dim"(%3942) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3944 = "stablehlo.multiply"(%arg180, %3943) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3945 = "stablehlo.multiply"(%2461, %2461) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3946 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3947 = "stablehlo.broadcast_in_dim"(%3946) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3948 = "stablehlo.multiply"(%3945, %3947) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3949 = "stablehlo.add"(%3944, %3948) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3950 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3951 = "stablehlo.power"(%3950, %3934) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3952 = "stablehlo.negate"(%3951) : (tensor<f32>) -> tensor<f32>
    %3953 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3954 = "stablehlo.add"(%3952, %3953) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3955 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3956 = "stablehlo.power"(%3955, %3934) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3957 = "stablehlo.negate"(%3956) : (tensor<f32>) -> tensor<f32>
    %3958 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3959 = "stablehlo.add"(%3957, %3958) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3960 = "stablehlo.broadcast_in_dim"(%3954) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3961 = "stablehlo.divide"(%3941, %3960) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3962 = "stablehlo.sqrt"(%3959) : (tensor<f32>) -> tensor<f32>
    %3963 = "stablehlo.sqrt"(%3949) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3964 = "stablehlo.broadcast_in_dim"(%3962) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3965 = "stablehlo.divide"(%3963, %3964) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3966 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3967 = "stablehlo.broadcast_in_dim"(%3966) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3968 = "stablehlo.add"(%3965, %3967) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3969 = "stablehlo.divide"(%3961, %3968) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3970 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3971 = "stablehlo.multiply"(%3969, %3970) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3972 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3973 = "stablehlo.multiply"(%2599, %3972) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3974 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3975 = "stablehlo.add"(%3973, %3974) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3976 = "stablehlo.broadcast_in_dim"(%3975) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3977 = "stablehlo.multiply"(%arg34, %3976) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3978 = "stablehlo.subtract"(%3977, %3971) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3982 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3983 = "stablehlo.add"(%arg184, %3982) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3984 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3985 = "stablehlo.broadcast_in_dim"(%3984) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3986 = "stablehlo.multiply"(%arg182, %3985) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3987 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3988 = "stablehlo.broadcast_in_dim"(%3987) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3989 = "stablehlo.multiply"(%2463, %3988) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3990 = "stablehlo.add"(%3986, %3989) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3991 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3992 = "stablehlo.broadcast_in_dim"(%3991) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3993 = "stablehlo.multiply"(%arg183, %3992) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3994 = "stablehlo.multiply"(%2463, %2463) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3995 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3996 = "stablehlo.broadcast_in_dim"(%3995) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3997 = "stablehlo.multiply"(%3994, %3996) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3998 = "stablehlo.add"(%3993, %3997) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3999 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4000 = "stablehlo.power"(%3999, %3983) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4001 = "stablehlo.negate"(%4000) : (tensor<f32>) -> tensor<f32>
    %4002 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4003 = "stablehlo.add"(%4001, %4002) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4004 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4005 = "stablehlo.power"(%4004, %3983) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4006 = "stablehlo.negate"(%4005) : (tensor<f32>) -> tensor<f32>
    %4007 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4008 = "stablehlo.add"(%4006, %4007) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4009 = "stablehlo.broadcast_in_dim"(%4003) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4010 = "stablehlo.divide"(%3990, %4009) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4011 = "stablehlo.sqrt"(%4008) : (tensor<f32>) -> tensor<f32>
    %4012 = "stablehlo.sqrt"(%3998) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4013 = "stablehlo.broadcast_in_dim"(%4011) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4014 = "stablehlo.divide"(%4012, %4013) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4015 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4016 = "stablehlo.broadcast_in_dim"(%4015) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4017 = "stablehlo.add"(%4014, %4016) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4018 = "stablehlo.divide"(%4010, %4017) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4019 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4020 = "stablehlo.multiply"(%4018, %4019) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4021 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4022 = "stablehlo.multiply"(%2599, %4021) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4023 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4024 = "stablehlo.add"(%4022, %4023) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4025 = "stablehlo.broadcast_in_dim"(%4024) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4026 = "stablehlo.multiply"(%arg35, %4025) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4027 = "stablehlo.subtract"(%4026, %4020) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4031 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4032 = "stablehlo.add"(%arg187, %4031) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4033 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4034 = "stablehlo.broadcast_in_dim"(%4033) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4035 = "stablehlo.multiply"(%arg185, %4034) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4036 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4037 = "stablehlo.broadcast_in_dim"(%4036) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4038 = "stablehlo.multiply"(%2465, %4037) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4039 = "stablehlo.add"(%4035, %4038) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4040 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4041 = "stablehlo.broadcast_in_dim"(%4040) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4042 = "stablehlo.multiply"(%arg186, %4041) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4043 = "stablehlo.multiply"(%2465, %2465) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4044 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4045 = "stablehlo.broadcast_in_dim"(%4044) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4046 = "stablehlo.multiply"(%4043, %4045) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4047 = "stablehlo.add"(%4042, %4046) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4048 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4049 = "stablehlo.power"(%4048, %4032) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4050 = "stablehlo.negate"(%4049) : (tensor<f32>) -> tensor<f32>
    %4051 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4052 = "stablehlo.add"(%4050, %4051) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4053 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4054 = "stablehlo.power"(%4053, %4032) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4055 = "stablehlo.negate"(%4054) : (tensor<f32>) -> tensor<f32>
    %4056 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4057 = "stablehlo.add"(%4055, %4056) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4058 = "stablehlo.broadcast_in_dim"(%4052) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4059 = "stablehlo.divide"(%4039, %4058) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4060 = "stablehlo.sqrt"(%4057) : (tensor<f32>) -> tensor<f32>
    %4061 = "stablehlo.sqrt"(%4047) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4062 = "stablehlo.broadcast_in_dim"(%4060) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4063 = "stablehlo.divide"(%4061, %4062) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4064 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4065 = "stablehlo.broadcast_in_dim"(%4064) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4066 = "stablehlo.add"(%4063, %4065) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4067 = "stablehlo.divide"(%4059, %4066) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4068 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4069 = "stablehlo.multiply"(%4067, %4068) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4070 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4071 = "stablehlo.multiply"(%2599, %4070) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4072 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4073 = "stablehlo.add"(%4071, %4072) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4074 = "stablehlo.broadcast_in_dim"(%4073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4075 = "stablehlo.multiply"(%arg36, %4074) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4076 = "stablehlo.subtract"(%4075, %4069) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4080 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4081 = "stablehlo.add"(%arg190, %4080) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4082 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4083 = "stablehlo.broadcast_in_dim"(%4082) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4084 = "stablehlo.multiply"(%arg188, %4083) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4085 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4086 = "stablehlo.broadcast_in_dim"(%4085) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4087 = "stablehlo.multiply"(%2467, %4086) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4088 = "stablehlo.add"(%4084, %4087) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4089 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4090 = "stablehlo.broadcast_in_dim"(%4089) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4091 = "stablehlo.multiply"(%arg189, %4090) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4092 = "stablehlo.multiply"(%2467, %2467) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4093 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4094 = "stablehlo.broadcast_in_dim"(%4093) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4095 = "stablehlo.multiply"(%4092, %4094) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4096 = "stablehlo.add"(%4091, %4095) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4097 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4098 = "stablehlo.power"(%4097, %4081) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4099 = "stablehlo.negate"(%4098) : (tensor<f32>) -> tensor<f32>
    %4100 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4101 = "stablehlo.add"(%4099, %4100) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4102 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4103 = "stablehlo.power"(%4102, %4081) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4104 = "stablehlo.negate"(%4103) : (tensor<f32>) -> tensor<f32>
    %4105 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4106 = "stablehlo.add"(%4104, %4105) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4107 = "stablehlo.broadcast_in_dim"(%4101) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4108 = "stablehlo.divide"(%4088, %4107) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4109 = "stablehlo.sqrt"(%4106) : (tensor<f32>) -> tensor<f32>
    %4110 = "stablehlo.sqrt"(%4096) : (tensor<128xf32>) -> tensor<128xf32>
    %4111 = "stablehlo.broadcast_in_dim"(%4109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4112 = "stablehlo.divide"(%4110, %4111) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4113 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4114 = "stablehlo.broadcast_in_dim"(%4113) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4115 = "stablehlo.add"(%4112, %4114) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4116 = "stablehlo.divide"(%4108, %4115) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4117 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4118 = "stablehlo.multiply"(%4116, %4117) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4119 = "stablehlo.subtract"(%arg37, %4118) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4123 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4124 = "stablehlo.add"(%arg193, %4123) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4125 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4126 = "stablehlo.broadcast_in_dim"(%4125) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4127 = "stablehlo.multiply"(%arg191, %4126) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4128 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4129 = "stablehlo.broadcast_in_dim"(%4128) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4130 = "stablehlo.multiply"(%2469, %4129) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4131 = "stablehlo.add"(%4127, %4130) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4132 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4133 = "stablehlo.broadcast_in_dim"(%4132) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4134 = "stablehlo.multiply"(%arg192, %4133) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4135 = "stablehlo.multiply"(%2469, %2469) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4136 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4137 = "stablehlo.broadcast_in_dim"(%4136) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4138 = "stablehlo.multiply"(%4135, %4137) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4139 = "stablehlo.add"(%4134, %4138) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4140 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4141 = "stablehlo.power"(%4140, %4124) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4142 = "stablehlo.negate"(%4141) : (tensor<f32>) -> tensor<f32>
    %4143 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4144 = "stablehlo.add"(%4142, %4143) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4145 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4146 = "stablehlo.power"(%4145, %4124) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4147 = "stablehlo.negate"(%4146) : (tensor<f32>) -> tensor<f32>
    %4148 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4149 = "stablehlo.add"(%4147, %4148) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4150 = "stablehlo.broadcast_in_dim"(%4144) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4151 = "stablehlo.divide"(%4131, %4150) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4152 = "stablehlo.sqrt"(%4149) : (tensor<f32>) -> tensor<f32>
    %4153 = "stablehlo.sqrt"(%4139) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %4154 = "stablehlo.broadcast_in_dim"(%4152) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4155 = "stablehlo.divide"(%4153, %4154) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4156 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4157 = "stablehlo.broadcast_in_dim"(%4156) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4158 = "stablehlo.add"(%4155, %4157) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4159 = "stablehlo.divide"(%4151, %4158) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4160 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4161 = "stablehlo.multiply"(%4159, %4160) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4162 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4163 = "stablehlo.multiply"(%2599, %4162) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4164 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4165 = "stablehlo.add"(%4163, %4164) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4166 = "stablehlo.broadcast_in_dim"(%4165) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4167 = "stablehlo.multiply"(%arg38, %4166) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4168 = "stablehlo.subtract"(%4167, %4161) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4172 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4173 = "stablehlo.add"(%arg196, %4172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4174 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4175 = "stablehlo.broadcast_in_dim"(%4174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4176 = "stablehlo.multiply"(%arg194, %4175) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4177 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4178 = "stablehlo.broadcast_in_dim"(%4177) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4179 = "stablehlo.multiply"(%2471, %4178) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4180 = "stablehlo.add"(%4176, %4179) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4181 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4182 = "stablehlo.broadcast_in_dim"(%4181) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4183 = "stablehlo.multiply"(%arg195, %4182) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4184 = "stablehlo.multiply"(%2471, %2471) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4185 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4186 = "stablehlo.broadcast_in_dim"(%4185) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4187 = "stablehlo.multiply"(%4184, %4186) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4188 = "stablehlo.add"(%4183, %4187) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4189 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4190 = "stablehlo.power"(%4189, %4173) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4191 = "stablehlo.negate"(%4190) : (tensor<f32>) -> tensor<f32>
    %4192 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4193 = "stablehlo.add"(%4191, %4192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4194 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4195 = "stablehlo.power"(%4194, %4173) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4196 = "stablehlo.negate"(%4195) : (tensor<f32>) -> tensor<f32>
    %4197 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4198 = "stablehlo.add"(%4196, %4197) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4199 = "stablehlo.broadcast_in_dim"(%4193) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4200 = "stablehlo.divide"(%4180, %4199) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4201 = "stablehlo.sqrt"(%4198) : (tensor<f32>) -> tensor<f32>
    %4202 = "stablehlo.sqrt"(%4188) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %4203 = "stablehlo.broadcast_in_dim"(%4201) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4204 = "stablehlo.divide"(%4202, %4203) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4205 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4206 = "stablehlo.broadcast_in_dim"(%4205) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4207 = "stablehlo.add"(%4204, %4206) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4208 = "stablehlo.divide"(%4200, %4207) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4209 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4210 = "stablehlo.multiply"(%4208, %4209) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4211 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4212 = "stablehlo.multiply"(%2599, %4211) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4213 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4214 = "stablehlo.add"(%4212, %4213) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4215 = "stablehlo.broadcast_in_dim"(%4214) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4216 = "stablehlo.multiply"(%arg39, %4215) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4217 = "stablehlo.subtract"(%4216, %4210) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4221 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4222 = "stablehlo.add"(%arg199, %4221) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4223 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4224 = "stablehlo.broadcast_in_dim"(%4223) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4225 = "stablehlo.multiply"(%arg197, %4224) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4226 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4227 = "stablehlo.broadcast_in_dim"(%4226) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4228 = "stablehlo.multiply"(%2473, %4227) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4229 = "stablehlo.add"(%4225, %4228) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4230 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4231 = "stablehlo.broadcast_in_dim"(%4230) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4232 = "stablehlo.multiply"(%arg198, %4231) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4233 = "stablehlo.multiply"(%2473, %2473) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4234 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4235 = "stablehlo.broadcast_in_dim"(%4234) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4236 = "stablehlo.multiply"(%4233, %4235) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4237 = "stablehlo.add"(%4232, %4236) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4238 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4239 = "stablehlo.power"(%4238, %4222) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4240 = "stablehlo.negate"(%4239) : (tensor<f32>) -> tensor<f32>
    %4241 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4242 = "stablehlo.add"(%4240, %4241) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4243 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4244 = "stablehlo.power"(%4243, %4222) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4245 = "stablehlo.negate"(%4244) : (tensor<f32>) -> tensor<f32>
    %4246 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4247 = "stablehlo.add"(%4245, %4246) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4248 = "stablehlo.broadcast_in_dim"(%4242) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4249 = "stablehlo.divide"(%4229, %4248) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4250 = "stablehlo.sqrt"(%4247) : (tensor<f32>) -> tensor<f32>
    %4251 = "stablehlo.sqrt"(%4237) : (tensor<128xf32>) -> tensor<128xf32>
    %4252 = "stablehlo.broadcast_in_dim"(%4250) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4253 = "stablehlo.divide"(%4251, %4252) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4254 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4255 = "stablehlo.broadcast_in_dim"(%4254) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4256 = "stablehlo.add"(%4253, %4255) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4257 = "stablehlo.divide"(%4249, %4256) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4258 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4259 = "stablehlo.multiply"(%4257, %4258) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4260 = "stablehlo.subtract"(%arg40, %4259) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4264 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4265 = "stablehlo.add"(%arg202, %4264) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4266 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4267 = "stablehlo.broadcast_in_dim"(%4266) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4268 = "stablehlo.multiply"(%arg200, %4267) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4269 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4270 = "stablehlo.broadcast_in_dim"(%4269) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4271 = "stablehlo.multiply"(%2475, %4270) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4272 = "stablehlo.add"(%4268, %4271) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4273 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4274 = "stablehlo.broadcast_in_dim"(%4273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4275 = "stablehlo.multiply"(%arg201, %4274) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4276 = "stablehlo.multiply"(%2475, %2475) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4277 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4278 = "stablehlo.broadcast_in_dim"(%4277) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4279 = "stablehlo.multiply"(%4276, %4278) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4280 = "stablehlo.add"(%4275, %4279) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4281 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4282 = "stablehlo.power"(%4281, %4265) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4283 = "stablehlo.negate"(%4282) : (tensor<f32>) -> tensor<f32>
    %4284 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4285 = "stablehlo.add"(%4283, %4284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4286 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4287 = "stablehlo.power"(%4286, %4265) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4288 = "stablehlo.negate"(%4287) : (tensor<f32>) -> tensor<f32>
    %4289 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4290 = "stablehlo.add"(%4288, %4289) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4291 = "stablehlo.broadcast_in_dim"(%4285) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4292 = "stablehlo.divide"(%4272, %4291) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4293 = "stablehlo.sqrt"(%4290) : (tensor<f32>) -> tensor<f32>
    %4294 = "stablehlo.sqrt"(%4280) : (tensor<32x4xf32>) -> tensor<32x4xf32>
    %4295 = "stablehlo.broadcast_in_dim"(%4293) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4296 = "stablehlo.divide"(%4294, %4295) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4297 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4298 = "stablehlo.broadcast_in_dim"(%4297) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4299 = "stablehlo.add"(%4296, %4298) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4300 = "stablehlo.divide"(%4292, %4299) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4301 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4302 = "stablehlo.multiply"(%4300, %4301) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4303 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4304 = "stablehlo.multiply"(%2599, %4303) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4305 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4306 = "stablehlo.add"(%4304, %4305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4307 = "stablehlo.broadcast_in_dim"(%4306) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4308 = "stablehlo.multiply"(%arg41, %4307) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4309 = "stablehlo.subtract"(%4308, %4302) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4313 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4314 = "stablehlo.add"(%arg205, %4313) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4315 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4316 = "stablehlo.broadcast_in_dim"(%4315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4317 = "stablehlo.multiply"(%arg203, %4316) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4318 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4319 = "stablehlo.broadcast_in_dim"(%4318) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4320 = "stablehlo.multiply"(%2477, %4319) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4321 = "stablehlo.add"(%4317, %4320) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4322 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4323 = "stablehlo.broadcast_in_dim"(%4322) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4324 = "stablehlo.multiply"(%arg204, %4323) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4325 = "stablehlo.multiply"(%2477, %2477) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4326 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4327 = "stablehlo.broadcast_in_dim"(%4326) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4328 = "stablehlo.multiply"(%4325, %4327) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4329 = "stablehlo.add"(%4324, %4328) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4330 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4331 = "stablehlo.power"(%4330, %4314) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4332 = "stablehlo.negate"(%4331) : (tensor<f32>) -> tensor<f32>
    %4333 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4334 = "stablehlo.add"(%4332, %4333) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4335 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4336 = "stablehlo.power"(%4335, %4314) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4337 = "stablehlo.negate"(%4336) : (tensor<f32>) -> tensor<f32>
    %4338 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4339 = "stablehlo.add"(%4337, %4338) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4340 = "stablehlo.broadcast_in_dim"(%4334) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4341 = "stablehlo.divide"(%4321, %4340) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4342 = "stablehlo.sqrt"(%4339) : (tensor<f32>) -> tensor<f32>
    %4343 = "stablehlo.sqrt"(%4329) : (tensor<128xf32>) -> tensor<128xf32>
    %4344 = "stablehlo.broadcast_in_dim"(%4342) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4345 = "stablehlo.divide"(%4343, %4344) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4346 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4347 = "stablehlo.broadcast_in_dim"(%4346) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4348 = "stablehlo.add"(%4345, %4347) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4349 = "stablehlo.divide"(%4341, %4348) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4350 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4351 = "stablehlo.multiply"(%4349, %4350) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4352 = "stablehlo.subtract"(%arg42, %4351) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4356 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4357 = "stablehlo.add"(%arg208, %4356) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4358 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4359 = "stablehlo.broadcast_in_dim"(%4358) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4360 = "stablehlo.multiply"(%arg206, %4359) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4361 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4362 = "stablehlo.broadcast_in_dim"(%4361) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4363 = "stablehlo.multiply"(%2479, %4362) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4364 = "stablehlo.add"(%4360, %4363) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4365 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4366 = "stablehlo.broadcast_in_dim"(%4365) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4367 = "stablehlo.multiply"(%arg207, %4366) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4368 = "stablehlo.multiply"(%2479, %2479) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4369 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4370 = "stablehlo.broadcast_in_dim"(%4369) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4371 = "stablehlo.multiply"(%4368, %4370) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4372 = "stablehlo.add"(%4367, %4371) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4373 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4374 = "stablehlo.power"(%4373, %4357) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4375 = "stablehlo.negate"(%4374) : (tensor<f32>) -> tensor<f32>
    %4376 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4377 = "stablehlo.add"(%4375, %4376) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4378 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4379 = "stablehlo.power"(%4378, %4357) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4380 = "stablehlo.negate"(%4379) : (tensor<f32>) -> tensor<f32>
    %4381 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4382 = "stablehlo.add"(%4380, %4381) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4383 = "stablehlo.broadcast_in_dim"(%4377) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4384 = "stablehlo.divide"(%4364, %4383) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4385 = "stablehlo.sqrt"(%4382) : (tensor<f32>) -> tensor<f32>
    %4386 = "stablehlo.sqrt"(%4372) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4387 = "stablehlo.broadcast_in_dim"(%4385) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4388 = "stablehlo.divide"(%4386, %4387) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4389 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4390 = "stablehlo.broadcast_in_dim"(%4389) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4391 = "stablehlo.add"(%4388, %4390) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4392 = "stablehlo.divide"(%4384, %4391) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4393 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4394 = "stablehlo.multiply"(%4392, %4393) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4395 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4396 = "stablehlo.multiply"(%2599, %4395) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4397 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4398 = "stablehlo.add"(%4396, %4397) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4399 = "stablehlo.broadcast_in_dim"(%4398) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4400 = "stablehlo.multiply"(%arg43, %4399) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4401 = "stablehlo.subtract"(%4400, %4394) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4405 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4406 = "stablehlo.add"(%arg211, %4405) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4407 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4408 = "stablehlo.broadcast_in_dim"(%4407) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4409 = "stablehlo.multiply"(%arg209, %4408) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4410 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4411 = "stablehlo.broadcast_in_dim"(%4410) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4412 = "stablehlo.multiply"(%2481, %4411) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4413 = "stablehlo.add"(%4409, %4412) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4414 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4415 = "stablehlo.broadcast_in_dim"(%4414) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4416 = "stablehlo.multiply"(%arg210, %4415) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4417 = "stablehlo.multiply"(%2481, %2481) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4418 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4419 = "stablehlo.broadcast_in_dim"(%4418) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4420 = "stablehlo.multiply"(%4417, %4419) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4421 = "stablehlo.add"(%4416, %4420) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4422 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4423 = "stablehlo.power"(%4422, %4406) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4424 = "stablehlo.negate"(%4423) : (tensor<f32>) -> tensor<f32>
    %4425 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4426 = "stablehlo.add"(%4424, %4425) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4427 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4428 = "stablehlo.power"(%4427, %4406) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4429 = "stablehlo.negate"(%4428) : (tensor<f32>) -> tensor<f32>
    %4430 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4431 = "stablehlo.add"(%4429, %4430) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4432 = "stablehlo.broadcast_in_dim"(%4426) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4433 = "stablehlo.divide"(%4413, %4432) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4434 = "stablehlo.sqrt"(%4431) : (tensor<f32>) -> tensor<f32>
    %4435 = "stablehlo.sqrt"(%4421) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4436 = "stablehlo.broadcast_in_dim"(%4434) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4437 = "stablehlo.divide"(%4435, %4436) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4438 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4439 = "stablehlo.broadcast_in_dim"(%4438) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4440 = "stablehlo.add"(%4437, %4439) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4441 = "stablehlo.divide"(%4433, %4440) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4442 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4443 = "stablehlo.multiply"(%4441, %4442) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4444 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4445 = "stablehlo.multiply"(%2599, %4444) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4446 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4447 = "stablehlo.add"(%4445, %4446) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4448 = "stablehlo.broadcast_in_dim"(%4447) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4449 = "stablehlo.multiply"(%arg44, %4448) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4450 = "stablehlo.subtract"(%4449, %4443) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4454 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4455 = "stablehlo.add"(%arg214, %4454) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4456 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4457 = "stablehlo.broadcast_in_dim"(%4456) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4458 = "stablehlo.multiply"(%arg212, %4457) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4459 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4460 = "stablehlo.broadcast_in_dim"(%4459) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4461 = "stablehlo.multiply"(%2483, %4460) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4462 = "stablehlo.add"(%4458, %4461) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4463 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4464 = "stablehlo.broadcast_in_dim"(%4463) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4465 = "stablehlo.multiply"(%arg213, %4464) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4466 = "stablehlo.multiply"(%2483, %2483) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4467 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4468 = "stablehlo.broadcast_in_dim"(%4467) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4469 = "stablehlo.multiply"(%4466, %4468) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4470 = "stablehlo.add"(%4465, %4469) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4471 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4472 = "stablehlo.power"(%4471, %4455) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4473 = "stablehlo.negate"(%4472) : (tensor<f32>) -> tensor<f32>
    %4474 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4475 = "stablehlo.add"(%4473, %4474) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4476 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4477 = "stablehlo.power"(%4476, %4455) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4478 = "stablehlo.negate"(%4477) : (tensor<f32>) -> tensor<f32>
    %4479 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4480 = "stablehlo.add"(%4478, %4479) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4481 = "stablehlo.broadcast_in_dim"(%4475) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4482 = "stablehlo.divide"(%4462, %4481) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4483 = "stablehlo.sqrt"(%4480) : (tensor<f32>) -> tensor<f32>
    %4484 = "stablehlo.sqrt"(%4470) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4485 = "stablehlo.broadcast_in_dim"(%4483) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4486 = "stablehlo.divide"(%4484, %4485) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4487 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4488 = "stablehlo.broadcast_in_dim"(%4487) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4489 = "stablehlo.add"(%4486, %4488) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4490 = "stablehlo.divide"(%4482, %4489) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4491 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4492 = "stablehlo.multiply"(%4490, %4491) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4493 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4494 = "stablehlo.multiply"(%2599, %4493) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4495 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4496 = "stablehlo.add"(%4494, %4495) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4497 = "stablehlo.broadcast_in_dim"(%4496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4498 = "stablehlo.multiply"(%arg45, %4497) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4499 = "stablehlo.subtract"(%4498, %4492) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4503 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4504 = "stablehlo.add"(%arg217, %4503) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4505 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4506 = "stablehlo.broadcast_in_dim"(%4505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4507 = "stablehlo.multiply"(%arg215, %4506) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4508 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4509 = "stablehlo.broadcast_in_dim"(%4508) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4510 = "stablehlo.multiply"(%2485, %4509) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4511 = "stablehlo.add"(%4507, %4510) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4512 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4513 = "stablehlo.broadcast_in_dim"(%4512) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4514 = "stablehlo.multiply"(%arg216, %4513) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4515 = "stablehlo.multiply"(%2485, %2485) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4516 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4517 = "stablehlo.broadcast_in_dim"(%4516) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4518 = "stablehlo.multiply"(%4515, %4517) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4519 = "stablehlo.add"(%4514, %4518) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4520 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4521 = "stablehlo.power"(%4520, %4504) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4522 = "stablehlo.negate"(%4521) : (tensor<f32>) -> tensor<f32>
    %4523 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4524 = "stablehlo.add"(%4522, %4523) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4525 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4526 = "stablehlo.power"(%4525, %4504) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4527 = "stablehlo.negate"(%4526) : (tensor<f32>) -> tensor<f32>
    %4528 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4529 = "stablehlo.add"(%4527, %4528) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4530 = "stablehlo.broadcast_in_dim"(%4524) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4531 = "stablehlo.divide"(%4511, %4530) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4532 = "stablehlo.sqrt"(%4529) : (tensor<f32>) -> tensor<f32>
    %4533 = "stablehlo.sqrt"(%4519) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4534 = "stablehlo.broadcast_in_dim"(%4532) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4535 = "stablehlo.divide"(%4533, %4534) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4536 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4537 = "stablehlo.broadcast_in_dim"(%4536) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4538 = "stablehlo.add"(%4535, %4537) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4539 = "stablehlo.divide"(%4531, %4538) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4540 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4541 = "stablehlo.multiply"(%4539, %4540) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4542 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4543 = "stablehlo.multiply"(%2599, %4542) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4544 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4545 = "stablehlo.add"(%4543, %4544) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4546 = "stablehlo.broadcast_in_dim"(%4545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4547 = "stablehlo.multiply"(%arg46, %4546) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4548 = "stablehlo.subtract"(%4547, %4541) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4552 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4553 = "stablehlo.add"(%arg220, %4552) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4554 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4555 = "stablehlo.broadcast_in_dim"(%4554) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4556 = "stablehlo.multiply"(%arg218, %4555) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4557 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4558 = "stablehlo.broadcast_in_dim"(%4557) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4559 = "stablehlo.multiply"(%2487, %4558) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4560 = "stablehlo.add"(%4556, %4559) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4561 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4562 = "stablehlo.broadcast_in_dim"(%4561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4563 = "stablehlo.multiply"(%arg219, %4562) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4564 = "stablehlo.multiply"(%2487, %2487) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4565 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4566 = "stablehlo.broadcast_in_dim"(%4565) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4567 = "stablehlo.multiply"(%4564, %4566) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4568 = "stablehlo.add"(%4563, %4567) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4569 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4570 = "stablehlo.power"(%4569, %4553) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4571 = "stablehlo.negate"(%4570) : (tensor<f32>) -> tensor<f32>
    %4572 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4573 = "stablehlo.add"(%4571, %4572) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4574 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4575 = "stablehlo.power"(%4574, %4553) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4576 = "stablehlo.negate"(%4575) : (tensor<f32>) -> tensor<f32>
    %4577 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4578 = "stablehlo.add"(%4576, %4577) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4579 = "stablehlo.broadcast_in_dim"(%4573) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4580 = "stablehlo.divide"(%4560, %4579) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4581 = "stablehlo.sqrt"(%4578) : (tensor<f32>) -> tensor<f32>
    %4582 = "stablehlo.sqrt"(%4568) : (tensor<128xf32>) -> tensor<128xf32>
    %4583 = "stablehlo.broadcast_in_dim"(%4581) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4584 = "stablehlo.divide"(%4582, %4583) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4585 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4586 = "stablehlo.broadcast_in_dim"(%4585) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4587 = "stablehlo.add"(%4584, %4586) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4588 = "stablehlo.divide"(%4580, %4587) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4589 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4590 = "stablehlo.multiply"(%4588, %4589) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4591 = "stablehlo.subtract"(%arg47, %4590) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4595 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4596 = "stablehlo.add"(%arg223, %4595) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4597 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4598 = "stablehlo.broadcast_in_dim"(%4597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4599 = "stablehlo.multiply"(%arg221, %4598) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4600 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4601 = "stablehlo.broadcast_in_dim"(%4600) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4602 = "stablehlo.multiply"(%2489, %4601) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4603 = "stablehlo.add"(%4599, %4602) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4604 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4605 = "stablehlo.broadcast_in_dim"(%4604) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4606 = "stablehlo.multiply"(%arg222, %4605) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4607 = "stablehlo.multiply"(%2489, %2489) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4608 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4609 = "stablehlo.broadcast_in_dim"(%4608) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4610 = "stablehlo.multiply"(%4607, %4609) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4611 = "stablehlo.add"(%4606, %4610) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4612 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4613 = "stablehlo.power"(%4612, %4596) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4614 = "stablehlo.negate"(%4613) : (tensor<f32>) -> tensor<f32>
    %4615 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4616 = "stablehlo.add"(%4614, %4615) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4617 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4618 = "stablehlo.power"(%4617, %4596) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4619 = "stablehlo.negate"(%4618) : (tensor<f32>) -> tensor<f32>
    %4620 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4621 = "stablehlo.add"(%4619, %4620) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4622 = "stablehlo.broadcast_in_dim"(%4616) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4623 = "stablehlo.divide"(%4603, %4622) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4624 = "stablehlo.sqrt"(%4621) : (tensor<f32>) -> tensor<f32>
    %4625 = "stablehlo.sqrt"(%4611) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4626 = "stablehlo.broadcast_in_dim"(%4624) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4627 = "stablehlo.divide"(%4625, %4626) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4628 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4629 = "stablehlo.broadcast_in_dim"(%4628) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4630 = "stablehlo.add"(%4627, %4629) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4631 = "stablehlo.divide"(%4623, %4630) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4632 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4633 = "stablehlo.multiply"(%4631, %4632) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4634 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4635 = "stablehlo.multiply"(%2599, %4634) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4636 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4637 = "stablehlo.add"(%4635, %4636) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4638 = "stablehlo.broadcast_in_dim"(%4637) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4639 = "stablehlo.multiply"(%arg48, %4638) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4640 = "stablehlo.subtract"(%4639, %4633) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4644 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4645 = "stablehlo.add"(%arg226, %4644) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4646 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4647 = "stablehlo.broadcast_in_dim"(%4646) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4648 = "stablehlo.multiply"(%arg224, %4647) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4649 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4650 = "stablehlo.broadcast_in_dim"(%4649) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4651 = "stablehlo.multiply"(%2491, %4650) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4652 = "stablehlo.add"(%4648, %4651) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4653 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4654 = "stablehlo.broadcast_in_dim"(%4653) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4655 = "stablehlo.multiply"(%arg225, %4654) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4656 = "stablehlo.multiply"(%2491, %2491) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4657 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4658 = "stablehlo.broadcast_in_dim"(%4657) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4659 = "stablehlo.multiply"(%4656, %4658) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4660 = "stablehlo.add"(%4655, %4659) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4661 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4662 = "stablehlo.power"(%4661, %4645) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4663 = "stablehlo.negate"(%4662) : (tensor<f32>) -> tensor<f32>
    %4664 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4665 = "stablehlo.add"(%4663, %4664) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4666 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4667 = "stablehlo.power"(%4666, %4645) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4668 = "stablehlo.negate"(%4667) : (tensor<f32>) -> tensor<f32>
    %4669 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4670 = "stablehlo.add"(%4668, %4669) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4671 = "stablehlo.broadcast_in_dim"(%4665) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4672 = "stablehlo.divide"(%4652, %4671) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4673 = "stablehlo.sqrt"(%4670) : (tensor<f32>) -> tensor<f32>
    %4674 = "stablehlo.sqrt"(%4660) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4675 = "stablehlo.broadcast_in_dim"(%4673) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4676 = "stablehlo.divide"(%4674, %4675) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4677 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4678 = "stablehlo.broadcast_in_dim"(%4677) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4679 = "stablehlo.add"(%4676, %4678) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4680 = "stablehlo.divide"(%4672, %4679) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4681 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4682 = "stablehlo.multiply"(%4680, %4681) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4683 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4684 = "stablehlo.multiply"(%2599, %4683) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4685 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4686 = "stablehlo.add"(%4684, %4685) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4687 = "stablehlo.broadcast_in_dim"(%4686) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4688 = "stablehlo.multiply"(%arg49, %4687) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4689 = "stablehlo.subtract"(%4688, %4682) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4693 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4694 = "stablehlo.add"(%arg229, %4693) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4695 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4696 = "stablehlo.broadcast_in_dim"(%4695) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4697 = "stablehlo.multiply"(%arg227, %4696) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4698 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4699 = "stablehlo.broadcast_in_dim"(%4698) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4700 = "stablehlo.multiply"(%2493, %4699) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4701 = "stablehlo.add"(%4697, %4700) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4702 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4703 = "stablehlo.broadcast_in_dim"(%4702) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4704 = "stablehlo.multiply"(%arg228, %4703) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4705 = "stablehlo.multiply"(%2493, %2493) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4706 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4707 = "stablehlo.broadcast_in_dim"(%4706) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4708 = "stablehlo.multiply"(%4705, %4707) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4709 = "stablehlo.add"(%4704, %4708) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4710 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4711 = "stablehlo.power"(%4710, %4694) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4712 = "stablehlo.negate"(%4711) : (tensor<f32>) -> tensor<f32>
    %4713 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4714 = "stablehlo.add"(%4712, %4713) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4715 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4716 = "stablehlo.power"(%4715, %4694) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4717 = "stablehlo.negate"(%4716) : (tensor<f32>) -> tensor<f32>
    %4718 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4719 = "stablehlo.add"(%4717, %4718) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4720 = "stablehlo.broadcast_in_dim"(%4714) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4721 = "stablehlo.divide"(%4701, %4720) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4722 = "stablehlo.sqrt"(%4719) : (tensor<f32>) -> tensor<f32>
    %4723 = "stablehlo.sqrt"(%4709) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4724 = "stablehlo.broadcast_in_dim"(%4722) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4725 = "stablehlo.divide"(%4723, %4724) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4726 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4727 = "stablehlo.broadcast_in_dim"(%4726) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4728 = "stablehlo.add"(%4725, %4727) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4729 = "stablehlo.divide"(%4721, %4728) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4730 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4731 = "stablehlo.multiply"(%4729, %4730) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4732 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4733 = "stablehlo.multiply"(%2599, %4732) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4734 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4735 = "stablehlo.add"(%4733, %4734) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4736 = "stablehlo.broadcast_in_dim"(%4735) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4737 = "stablehlo.multiply"(%arg50, %4736) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4738 = "stablehlo.subtract"(%4737, %4731) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4742 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4743 = "stablehlo.add"(%arg232, %4742) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4744 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4745 = "stablehlo.broadcast_in_dim"(%4744) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4746 = "stablehlo.multiply"(%arg230, %4745) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4747 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4748 = "stablehlo.broadcast_in_dim"(%4747) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4749 = "stablehlo.multiply"(%2495, %4748) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4750 = "stablehlo.add"(%4746, %4749) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4751 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4752 = "stablehlo.broadcast_in_dim"(%4751) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4753 = "stablehlo.multiply"(%arg231, %4752) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4754 = "stablehlo.multiply"(%2495, %2495) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4755 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4756 = "stablehlo.broadcast_in_dim"(%4755) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4757 = "stablehlo.multiply"(%4754, %4756) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4758 = "stablehlo.add"(%4753, %4757) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4759 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4760 = "stablehlo.power"(%4759, %4743) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4761 = "stablehlo.negate"(%4760) : (tensor<f32>) -> tensor<f32>
    %4762 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4763 = "stablehlo.add"(%4761, %4762) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4764 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4765 = "stablehlo.power"(%4764, %4743) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4766 = "stablehlo.negate"(%4765) : (tensor<f32>) -> tensor<f32>
    %4767 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4768 = "stablehlo.add"(%4766, %4767) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4769 = "stablehlo.broadcast_in_dim"(%4763) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4770 = "stablehlo.divide"(%4750, %4769) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4771 = "stablehlo.sqrt"(%4768) : (tensor<f32>) -> tensor<f32>
    %4772 = "stablehlo.sqrt"(%4758) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4773 = "stablehlo.broadcast_in_dim"(%4771) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4774 = "stablehlo.divide"(%4772, %4773) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4775 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4776 = "stablehlo.broadcast_in_dim"(%4775) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4777 = "stablehlo.add"(%4774, %4776) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4778 = "stablehlo.divide"(%4770, %4777) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4779 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4780 = "stablehlo.multiply"(%4778, %4779) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4781 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4782 = "stablehlo.multiply"(%2599, %4781) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4783 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4784 = "stablehlo.add"(%4782, %4783) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4785 = "stablehlo.broadcast_in_dim"(%4784) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4786 = "stablehlo.multiply"(%arg51, %4785) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4787 = "stablehlo.subtract"(%4786, %4780) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4791 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4792 = "stablehlo.add"(%arg235, %4791) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4793 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4794 = "stablehlo.broadcast_in_dim"(%4793) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4795 = "stablehlo.multiply"(%arg233, %4794) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4796 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4797 = "stablehlo.broadcast_in_dim"(%4796) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4798 = "stablehlo.multiply"(%2497, %4797) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4799 = "stablehlo.add"(%4795, %4798) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4800 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4801 = "stablehlo.broadcast_in_dim"(%4800) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4802 = "stablehlo.multiply"(%arg234, %4801) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4803 = "stablehlo.multiply"(%2497, %2497) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4804 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4805 = "stablehlo.broadcast_in_dim"(%4804) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4806 = "stablehlo.multiply"(%4803, %4805) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4807 = "stablehlo.add"(%4802, %4806) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4808 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4809 = "stablehlo.power"(%4808, %4792) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4810 = "stablehlo.negate"(%4809) : (tensor<f32>) -> tensor<f32>
    %4811 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4812 = "stablehlo.add"(%4810, %4811) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4813 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4814 = "stablehlo.power"(%4813, %4792) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4815 = "stablehlo.negate"(%4814) : (tensor<f32>) -> tensor<f32>
    %4816 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4817 = "stablehlo.add"(%4815, %4816) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4818 = "stablehlo.broadcast_in_dim"(%4812) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4819 = "stablehlo.divide"(%4799, %4818) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4820 = "stablehlo.sqrt"(%4817) : (tensor<f32>) -> tensor<f32>
    %4821 = "stablehlo.sqrt"(%4807) : (tensor<128xf32>) -> tensor<128xf32>
    %4822 = "stablehlo.broadcast_in_dim"(%4820) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4823 = "stablehlo.divide"(%4821, %4822) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4824 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4825 = "stablehlo.broadcast_in_dim"(%4824) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4826 = "stablehlo.add"(%4823, %4825) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4827 = "stablehlo.divide"(%4819, %4826) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4828 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4829 = "stablehlo.multiply"(%4827, %4828) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4830 = "stablehlo.subtract"(%arg52, %4829) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4834 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4835 = "stablehlo.add"(%arg238, %4834) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4836 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4837 = "stablehlo.broadcast_in_dim"(%4836) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4838 = "stablehlo.multiply"(%arg236, %4837) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4839 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4840 = "stablehlo.broadcast_in_dim"(%4839) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4841 = "stablehlo.multiply"(%2499, %4840) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4842 = "stablehlo.add"(%4838, %4841) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4843 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4844 = "stablehlo.broadcast_in_dim"(%4843) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4845 = "stablehlo.multiply"(%arg237, %4844) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4846 = "stablehlo.multiply"(%2499, %2499) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4847 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4848 = "stablehlo.broadcast_in_dim"(%4847) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4849 = "stablehlo.multiply"(%4846, %4848) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4850 = "stablehlo.add"(%4845, %4849) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4851 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4852 = "stablehlo.power"(%4851, %4835) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4853 = "stablehlo.negate"(%4852) : (tensor<f32>) -> tensor<f32>
    %4854 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4855 = "stablehlo.add"(%4853, %4854) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4856 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4857 = "stablehlo.power"(%4856, %4835) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4858 = "stablehlo.negate"(%4857) : (tensor<f32>) -> tensor<f32>
    %4859 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4860 = "stablehlo.add"(%4858, %4859) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4861 = "stablehlo.broadcast_in_dim"(%4855) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4862 = "stablehlo.divide"(%4842, %4861) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4863 = "stablehlo.sqrt"(%4860) : (tensor<f32>) -> tensor<f32>
    %4864 = "stablehlo.sqrt"(%4850) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %4865 = "stablehlo.broadcast_in_dim"(%4863) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4866 = "stablehlo.divide"(%4864, %4865) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4867 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4868 = "stablehlo.broadcast_in_dim"(%4867) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4869 = "stablehlo.add"(%4866, %4868) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4870 = "stablehlo.divide"(%4862, %4869) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4871 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4872 = "stablehlo.multiply"(%4870, %4871) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4873 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4874 = "stablehlo.multiply"(%2599, %4873) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4875 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4876 = "stablehlo.add"(%4874, %4875) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4877 = "stablehlo.broadcast_in_dim"(%4876) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4878 = "stablehlo.multiply"(%arg53, %4877) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4879 = "stablehlo.subtract"(%4878, %4872) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4883 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4884 = "stablehlo.add"(%arg241, %4883) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4885 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4886 = "stablehlo.broadcast_in_dim"(%4885) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4887 = "stablehlo.multiply"(%arg239, %4886) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4888 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4889 = "stablehlo.broadcast_in_dim"(%4888) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4890 = "stablehlo.multiply"(%2501, %4889) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4891 = "stablehlo.add"(%4887, %4890) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4892 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4893 = "stablehlo.broadcast_in_dim"(%4892) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4894 = "stablehlo.multiply"(%arg240, %4893) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4895 = "stablehlo.multiply"(%2501, %2501) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4896 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4897 = "stablehlo.broadcast_in_dim"(%4896) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4898 = "stablehlo.multiply"(%4895, %4897) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4899 = "stablehlo.add"(%4894, %4898) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4900 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4901 = "stablehlo.power"(%4900, %4884) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4902 = "stablehlo.negate"(%4901) : (tensor<f32>) -> tensor<f32>
    %4903 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4904 = "stablehlo.add"(%4902, %4903) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4905 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4906 = "stablehlo.power"(%4905, %4884) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4907 = "stablehlo.negate"(%4906) : (tensor<f32>) -> tensor<f32>
    %4908 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4909 = "stablehlo.add"(%4907, %4908) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4910 = "stablehlo.broadcast_in_dim"(%4904) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4911 = "stablehlo.divide"(%4891, %4910) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4912 = "stablehlo.sqrt"(%4909) : (tensor<f32>) -> tensor<f32>
    %4913 = "stablehlo.sqrt"(%4899) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %4914 = "stablehlo.broadcast_in_dim"(%4912) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4915 = "stablehlo.divide"(%4913, %4914) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4916 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4917 = "stablehlo.broadcast_in_dim"(%4916) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4918 = "stablehlo.add"(%4915, %4917) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4919 = "stablehlo.divide"(%4911, %4918) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4920 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4921 = "stablehlo.multiply"(%4919, %4920) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4922 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4923 = "stablehlo.multiply"(%2599, %4922) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4924 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4925 = "stablehlo.add"(%4923, %4924) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4926 = "stablehlo.broadcast_in_dim"(%4925) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4927 = "stablehlo.multiply"(%arg54, %4926) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4928 = "stablehlo.subtract"(%4927, %4921) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4932 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4933 = "stablehlo.add"(%arg244, %4932) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4934 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4935 = "stablehlo.broadcast_in_dim"(%4934) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4936 = "stablehlo.multiply"(%arg242, %4935) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4937 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4938 = "stablehlo.broadcast_in_dim"(%4937) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4939 = "stablehlo.multiply"(%2503, %4938) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4940 = "stablehlo.add"(%4936, %4939) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4941 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4942 = "stablehlo.broadcast_in_dim"(%4941) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4943 = "stablehlo.multiply"(%arg243, %4942) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4944 = "stablehlo.multiply"(%2503, %2503) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4945 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4946 = "stablehlo.broadcast_in_dim"(%4945) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4947 = "stablehlo.multiply"(%4944, %4946) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4948 = "stablehlo.add"(%4943, %4947) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4949 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4950 = "stablehlo.power"(%4949, %4933) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4951 = "stablehlo.negate"(%4950) : (tensor<f32>) -> tensor<f32>
    %4952 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4953 = "stablehlo.add"(%4951, %4952) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4954 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4955 = "stablehlo.power"(%4954, %4933) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4956 = "stablehlo.negate"(%4955) : (tensor<f32>) -> tensor<f32>
    %4957 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4958 = "stablehlo.add"(%4956, %4957) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4959 = "stablehlo.broadcast_in_dim"(%4953) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4960 = "stablehlo.divide"(%4940, %4959) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4961 = "stablehlo.sqrt"(%4958) : (tensor<f32>) -> tensor<f32>
    %4962 = "stablehlo.sqrt"(%4948) : (tensor<128xf32>) -> tensor<128xf32>
    %4963 = "stablehlo.broadcast_in_dim"(%4961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4964 = "stablehlo.divide"(%4962, %4963) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4965 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4966 = "stablehlo.broadcast_in_dim"(%4965) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4967 = "stablehlo.add"(%4964, %4966) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4968 = "stablehlo.divide"(%4960, %4967) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4969 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4970 = "stablehlo.multiply"(%4968, %4969) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4971 = "stablehlo.subtract"(%arg55, %4970) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4975 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4976 = "stablehlo.add"(%arg247, %4975) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4977 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4978 = "stablehlo.broadcast_in_dim"(%4977) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4979 = "stablehlo.multiply"(%arg245, %4978) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4980 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4981 = "stablehlo.broadcast_in_dim"(%4980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4982 = "stablehlo.multiply"(%2505, %4981) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4983 = "stablehlo.add"(%4979, %4982) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4984 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4985 = "stablehlo.broadcast_in_dim"(%4984) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4986 = "stablehlo.multiply"(%arg246, %4985) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4987 = "stablehlo.multiply"(%2505, %2505) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4988 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4989 = "stablehlo.broadcast_in_dim"(%4988) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4990 = "stablehlo.multiply"(%4987, %4989) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4991 = "stablehlo.add"(%4986, %4990) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4992 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4993 = "stablehlo.power"(%4992, %4976) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4994 = "stablehlo.negate"(%4993) : (tensor<f32>) -> tensor<f32>
    %4995 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4996 = "stablehlo.add"(%4994, %4995) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4997 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4998 = "stablehlo.power"(%4997, %4976) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4999 = "stablehlo.negate"(%4998) : (tensor<f32>) -> tensor<f32>
    %5000 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5001 = "stablehlo.add"(%4999, %5000) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5002 = "stablehlo.broadcast_in_dim"(%4996) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5003 = "stablehlo.divide"(%4983, %5002) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5004 = "stablehlo.sqrt"(%5001) : (tensor<f32>) -> tensor<f32>
    %5005 = "stablehlo.sqrt"(%4991) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5006 = "stablehlo.broadcast_in_dim"(%5004) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5007 = "stablehlo.divide"(%5005, %5006) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5008 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5009 = "stablehlo.broadcast_in_dim"(%5008) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5010 = "stablehlo.add"(%5007, %5009) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5011 = "stablehlo.divide"(%5003, %5010) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5012 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5013 = "stablehlo.multiply"(%5011, %5012) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5014 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5015 = "stablehlo.multiply"(%2599, %5014) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5016 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5017 = "stablehlo.add"(%5015, %5016) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5018 = "stablehlo.broadcast_in_dim"(%5017) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5019 = "stablehlo.multiply"(%arg56, %5018) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5020 = "stablehlo.subtract"(%5019, %5013) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5024 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5025 = "stablehlo.add"(%arg250, %5024) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5026 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5027 = "stablehlo.broadcast_in_dim"(%5026) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5028 = "stablehlo.multiply"(%arg248, %5027) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5029 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5030 = "stablehlo.broadcast_in_dim"(%5029) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5031 = "stablehlo.multiply"(%2507, %5030) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5032 = "stablehlo.add"(%5028, %5031) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5033 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5034 = "stablehlo.broadcast_in_dim"(%5033) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5035 = "stablehlo.multiply"(%arg249, %5034) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5036 = "stablehlo.multiply"(%2507, %2507) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5037 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5038 = "stablehlo.broadcast_in_dim"(%5037) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5039 = "stablehlo.multiply"(%5036, %5038) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5040 = "stablehlo.add"(%5035, %5039) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5041 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5042 = "stablehlo.power"(%5041, %5025) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5043 = "stablehlo.negate"(%5042) : (tensor<f32>) -> tensor<f32>
    %5044 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5045 = "stablehlo.add"(%5043, %5044) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5046 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5047 = "stablehlo.power"(%5046, %5025) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5048 = "stablehlo.negate"(%5047) : (tensor<f32>) -> tensor<f32>
    %5049 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5050 = "stablehlo.add"(%5048, %5049) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5051 = "stablehlo.broadcast_in_dim"(%5045) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5052 = "stablehlo.divide"(%5032, %5051) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5053 = "stablehlo.sqrt"(%5050) : (tensor<f32>) -> tensor<f32>
    %5054 = "stablehlo.sqrt"(%5040) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5055 = "stablehlo.broadcast_in_dim"(%5053) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5056 = "stablehlo.divide"(%5054, %5055) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5057 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5058 = "stablehlo.broadcast_in_dim"(%5057) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5059 = "stablehlo.add"(%5056, %5058) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5060 = "stablehlo.divide"(%5052, %5059) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5061 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5062 = "stablehlo.multiply"(%5060, %5061) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5063 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5064 = "stablehlo.multiply"(%2599, %5063) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5065 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5066 = "stablehlo.add"(%5064, %5065) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5067 = "stablehlo.broadcast_in_dim"(%5066) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5068 = "stablehlo.multiply"(%arg57, %5067) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5069 = "stablehlo.subtract"(%5068, %5062) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5073 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5074 = "stablehlo.add"(%arg253, %5073) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5075 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5076 = "stablehlo.broadcast_in_dim"(%5075) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5077 = "stablehlo.multiply"(%arg251, %5076) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5078 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5079 = "stablehlo.broadcast_in_dim"(%5078) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5080 = "stablehlo.multiply"(%2509, %5079) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5081 = "stablehlo.add"(%5077, %5080) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5082 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5083 = "stablehlo.broadcast_in_dim"(%5082) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5084 = "stablehlo.multiply"(%arg252, %5083) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5085 = "stablehlo.multiply"(%2509, %2509) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5086 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5087 = "stablehlo.broadcast_in_dim"(%5086) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5088 = "stablehlo.multiply"(%5085, %5087) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5089 = "stablehlo.add"(%5084, %5088) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5090 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5091 = "stablehlo.power"(%5090, %5074) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5092 = "stablehlo.negate"(%5091) : (tensor<f32>) -> tensor<f32>
    %5093 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5094 = "stablehlo.add"(%5092, %5093) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5095 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5096 = "stablehlo.power"(%5095, %5074) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5097 = "stablehlo.negate"(%5096) : (tensor<f32>) -> tensor<f32>
    %5098 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5099 = "stablehlo.add"(%5097, %5098) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5100 = "stablehlo.broadcast_in_dim"(%5094) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5101 = "stablehlo.divide"(%5081, %5100) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5102 = "stablehlo.sqrt"(%5099) : (tensor<f32>) -> tensor<f32>
    %5103 = "stablehlo.sqrt"(%5089) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5104 = "stablehlo.broadcast_in_dim"(%5102) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5105 = "stablehlo.divide"(%5103, %5104) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5106 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5107 = "stablehlo.broadcast_in_dim"(%5106) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5108 = "stablehlo.add"(%5105, %5107) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5109 = "stablehlo.divide"(%5101, %5108) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5110 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5111 = "stablehlo.multiply"(%5109, %5110) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5112 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5113 = "stablehlo.multiply"(%2599, %5112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5114 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5115 = "stablehlo.add"(%5113, %5114) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5116 = "stablehlo.broadcast_in_dim"(%5115) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5117 = "stablehlo.multiply"(%arg58, %5116) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5118 = "stablehlo.subtract"(%5117, %5111) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5122 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5123 = "stablehlo.add"(%arg256, %5122) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5124 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5125 = "stablehlo.broadcast_in_dim"(%5124) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5126 = "stablehlo.multiply"(%arg254, %5125) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5127 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5128 = "stablehlo.broadcast_in_dim"(%5127) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5129 = "stablehlo.multiply"(%2511, %5128) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5130 = "stablehlo.add"(%5126, %5129) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5131 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5132 = "stablehlo.broadcast_in_dim"(%5131) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5133 = "stablehlo.multiply"(%arg255, %5132) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5134 = "stablehlo.multiply"(%2511, %2511) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5135 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5136 = "stablehlo.broadcast_in_dim"(%5135) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5137 = "stablehlo.multiply"(%5134, %5136) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5138 = "stablehlo.add"(%5133, %5137) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5139 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5140 = "stablehlo.power"(%5139, %5123) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5141 = "stablehlo.negate"(%5140) : (tensor<f32>) -> tensor<f32>
    %5142 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5143 = "stablehlo.add"(%5141, %5142) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5144 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5145 = "stablehlo.power"(%5144, %5123) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5146 = "stablehlo.negate"(%5145) : (tensor<f32>) -> tensor<f32>
    %5147 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5148 = "stablehlo.add"(%5146, %5147) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5149 = "stablehlo.broadcast_in_dim"(%5143) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5150 = "stablehlo.divide"(%5130, %5149) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5151 = "stablehlo.sqrt"(%5148) : (tensor<f32>) -> tensor<f32>
    %5152 = "stablehlo.sqrt"(%5138) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5153 = "stablehlo.broadcast_in_dim"(%5151) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5154 = "stablehlo.divide"(%5152, %5153) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5155 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5156 = "stablehlo.broadcast_in_dim"(%5155) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5157 = "stablehlo.add"(%5154, %5156) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5158 = "stablehlo.divide"(%5150, %5157) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5159 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5160 = "stablehlo.multiply"(%5158, %5159) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5161 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5162 = "stablehlo.multiply"(%2599, %5161) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5163 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5164 = "stablehlo.add"(%5162, %5163) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5165 = "stablehlo.broadcast_in_dim"(%5164) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5166 = "stablehlo.multiply"(%arg59, %5165) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5167 = "stablehlo.subtract"(%5166, %5160) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5171 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5172 = "stablehlo.add"(%arg259, %5171) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5173 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5174 = "stablehlo.broadcast_in_dim"(%5173) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5175 = "stablehlo.multiply"(%arg257, %5174) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5176 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5177 = "stablehlo.broadcast_in_dim"(%5176) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5178 = "stablehlo.multiply"(%2513, %5177) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5179 = "stablehlo.add"(%5175, %5178) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5180 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5181 = "stablehlo.broadcast_in_dim"(%5180) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5182 = "stablehlo.multiply"(%arg258, %5181) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5183 = "stablehlo.multiply"(%2513, %2513) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5184 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5185 = "stablehlo.broadcast_in_dim"(%5184) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5186 = "stablehlo.multiply"(%5183, %5185) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5187 = "stablehlo.add"(%5182, %5186) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5188 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5189 = "stablehlo.power"(%5188, %5172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5190 = "stablehlo.negate"(%5189) : (tensor<f32>) -> tensor<f32>
    %5191 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5192 = "stablehlo.add"(%5190, %5191) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5193 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5194 = "stablehlo.power"(%5193, %5172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5195 = "stablehlo.negate"(%5194) : (tensor<f32>) -> tensor<f32>
    %5196 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5197 = "stablehlo.add"(%5195, %5196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5198 = "stablehlo.broadcast_in_dim"(%5192) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5199 = "stablehlo.divide"(%5179, %5198) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5200 = "stablehlo.sqrt"(%5197) : (tensor<f32>) -> tensor<f32>
    %5201 = "stablehlo.sqrt"(%5187) : (tensor<128xf32>) -> tensor<128xf32>
    %5202 = "stablehlo.broadcast_in_dim"(%5200) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5203 = "stablehlo.divide"(%5201, %5202) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5204 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5205 = "stablehlo.broadcast_in_dim"(%5204) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5206 = "stablehlo.add"(%5203, %5205) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5207 = "stablehlo.divide"(%5199, %5206) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5208 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5209 = "stablehlo.multiply"(%5207, %5208) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5210 = "stablehlo.subtract"(%arg60, %5209) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5214 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5215 = "stablehlo.add"(%arg262, %5214) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5216 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5217 = "stablehlo.broadcast_in_dim"(%5216) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5218 = "stablehlo.multiply"(%arg260, %5217) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5219 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5220 = "stablehlo.broadcast_in_dim"(%5219) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5221 = "stablehlo.multiply"(%2515, %5220) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5222 = "stablehlo.add"(%5218, %5221) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5223 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5224 = "stablehlo.broadcast_in_dim"(%5223) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5225 = "stablehlo.multiply"(%arg261, %5224) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5226 = "stablehlo.multiply"(%2515, %2515) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5227 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5228 = "stablehlo.broadcast_in_dim"(%5227) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5229 = "stablehlo.multiply"(%5226, %5228) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5230 = "stablehlo.add"(%5225, %5229) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5231 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5232 = "stablehlo.power"(%5231, %5215) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5233 = "stablehlo.negate"(%5232) : (tensor<f32>) -> tensor<f32>
    %5234 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5235 = "stablehlo.add"(%5233, %5234) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5236 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5237 = "stablehlo.power"(%5236, %5215) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5238 = "stablehlo.negate"(%5237) : (tensor<f32>) -> tensor<f32>
    %5239 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5240 = "stablehlo.add"(%5238, %5239) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5241 = "stablehlo.broadcast_in_dim"(%5235) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5242 = "stablehlo.divide"(%5222, %5241) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5243 = "stablehlo.sqrt"(%5240) : (tensor<f32>) -> tensor<f32>
    %5244 = "stablehlo.sqrt"(%5230) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5245 = "stablehlo.broadcast_in_dim"(%5243) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5246 = "stablehlo.divide"(%5244, %5245) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5247 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5248 = "stablehlo.broadcast_in_dim"(%5247) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5249 = "stablehlo.add"(%5246, %5248) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5250 = "stablehlo.divide"(%5242, %5249) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5251 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5252 = "stablehlo.multiply"(%5250, %5251) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5253 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5254 = "stablehlo.multiply"(%2599, %5253) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5255 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5256 = "stablehlo.add"(%5254, %5255) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5257 = "stablehlo.broadcast_in_dim"(%5256) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5258 = "stablehlo.multiply"(%arg61, %5257) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5259 = "stablehlo.subtract"(%5258, %5252) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5263 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5264 = "stablehlo.add"(%arg265, %5263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5265 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5266 = "stablehlo.broadcast_in_dim"(%5265) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5267 = "stablehlo.multiply"(%arg263, %5266) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5268 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5269 = "stablehlo.broadcast_in_dim"(%5268) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5270 = "stablehlo.multiply"(%2517, %5269) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5271 = "stablehlo.add"(%5267, %5270) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5272 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5273 = "stablehlo.broadcast_in_dim"(%5272) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5274 = "stablehlo.multiply"(%arg264, %5273) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5275 = "stablehlo.multiply"(%2517, %2517) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5276 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5277 = "stablehlo.broadcast_in_dim"(%5276) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5278 = "stablehlo.multiply"(%5275, %5277) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5279 = "stablehlo.add"(%5274, %5278) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5280 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5281 = "stablehlo.power"(%5280, %5264) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5282 = "stablehlo.negate"(%5281) : (tensor<f32>) -> tensor<f32>
    %5283 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5284 = "stablehlo.add"(%5282, %5283) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5285 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5286 = "stablehlo.power"(%5285, %5264) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5287 = "stablehlo.negate"(%5286) : (tensor<f32>) -> tensor<f32>
    %5288 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5289 = "stablehlo.add"(%5287, %5288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5290 = "stablehlo.broadcast_in_dim"(%5284) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5291 = "stablehlo.divide"(%5271, %5290) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5292 = "stablehlo.sqrt"(%5289) : (tensor<f32>) -> tensor<f32>
    %5293 = "stablehlo.sqrt"(%5279) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5294 = "stablehlo.broadcast_in_dim"(%5292) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5295 = "stablehlo.divide"(%5293, %5294) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5296 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5297 = "stablehlo.broadcast_in_dim"(%5296) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5298 = "stablehlo.add"(%5295, %5297) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5299 = "stablehlo.divide"(%5291, %5298) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5300 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5301 = "stablehlo.multiply"(%5299, %5300) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5302 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5303 = "stablehlo.multiply"(%2599, %5302) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5304 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5305 = "stablehlo.add"(%5303, %5304) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5306 = "stablehlo.broadcast_in_dim"(%5305) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5307 = "stablehlo.multiply"(%arg62, %5306) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5308 = "stablehlo.subtract"(%5307, %5301) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5312 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5313 = "stablehlo.add"(%arg268, %5312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5314 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5315 = "stablehlo.broadcast_in_dim"(%5314) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5316 = "stablehlo.multiply"(%arg266, %5315) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5317 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5318 = "stablehlo.broadcast_in_dim"(%5317) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5319 = "stablehlo.multiply"(%2519, %5318) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5320 = "stablehlo.add"(%5316, %5319) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5321 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5322 = "stablehlo.broadcast_in_dim"(%5321) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5323 = "stablehlo.multiply"(%arg267, %5322) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5324 = "stablehlo.multiply"(%2519, %2519) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5325 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5326 = "stablehlo.broadcast_in_dim"(%5325) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5327 = "stablehlo.multiply"(%5324, %5326) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5328 = "stablehlo.add"(%5323, %5327) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5329 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5330 = "stablehlo.power"(%5329, %5313) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5331 = "stablehlo.negate"(%5330) : (tensor<f32>) -> tensor<f32>
    %5332 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5333 = "stablehlo.add"(%5331, %5332) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5334 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5335 = "stablehlo.power"(%5334, %5313) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5336 = "stablehlo.negate"(%5335) : (tensor<f32>) -> tensor<f32>
    %5337 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5338 = "stablehlo.add"(%5336, %5337) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5339 = "stablehlo.broadcast_in_dim"(%5333) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5340 = "stablehlo.divide"(%5320, %5339) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5341 = "stablehlo.sqrt"(%5338) : (tensor<f32>) -> tensor<f32>
    %5342 = "stablehlo.sqrt"(%5328) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5343 = "stablehlo.broadcast_in_dim"(%5341) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5344 = "stablehlo.divide"(%5342, %5343) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5345 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5346 = "stablehlo.broadcast_in_dim"(%5345) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5347 = "stablehlo.add"(%5344, %5346) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5348 = "stablehlo.divide"(%5340, %5347) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5349 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5350 = "stablehlo.multiply"(%5348, %5349) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5351 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5352 = "stablehlo.multiply"(%2599, %5351) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5353 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5354 = "stablehlo.add"(%5352, %5353) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5355 = "stablehlo.broadcast_in_dim"(%5354) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5356 = "stablehlo.multiply"(%arg63, %5355) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5357 = "stablehlo.subtract"(%5356, %5350) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5361 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5362 = "stablehlo.add"(%arg271, %5361) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5363 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5364 = "stablehlo.broadcast_in_dim"(%5363) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5365 = "stablehlo.multiply"(%arg269, %5364) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5366 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5367 = "stablehlo.broadcast_in_dim"(%5366) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5368 = "stablehlo.multiply"(%2521, %5367) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5369 = "stablehlo.add"(%5365, %5368) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5370 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5371 = "stablehlo.broadcast_in_dim"(%5370) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5372 = "stablehlo.multiply"(%arg270, %5371) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5373 = "stablehlo.multiply"(%2521, %2521) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5374 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5375 = "stablehlo.broadcast_in_dim"(%5374) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5376 = "stablehlo.multiply"(%5373, %5375) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5377 = "stablehlo.add"(%5372, %5376) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5378 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5379 = "stablehlo.power"(%5378, %5362) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5380 = "stablehlo.negate"(%5379) : (tensor<f32>) -> tensor<f32>
    %5381 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5382 = "stablehlo.add"(%5380, %5381) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5383 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5384 = "stablehlo.power"(%5383, %5362) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5385 = "stablehlo.negate"(%5384) : (tensor<f32>) -> tensor<f32>
    %5386 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5387 = "stablehlo.add"(%5385, %5386) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5388 = "stablehlo.broadcast_in_dim"(%5382) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5389 = "stablehlo.divide"(%5369, %5388) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5390 = "stablehlo.sqrt"(%5387) : (tensor<f32>) -> tensor<f32>
    %5391 = "stablehlo.sqrt"(%5377) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5392 = "stablehlo.broadcast_in_dim"(%5390) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5393 = "stablehlo.divide"(%5391, %5392) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5394 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5395 = "stablehlo.broadcast_in_dim"(%5394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5396 = "stablehlo.add"(%5393, %5395) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5397 = "stablehlo.divide"(%5389, %5396) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5398 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5399 = "stablehlo.multiply"(%5397, %5398) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5400 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5401 = "stablehlo.multiply"(%2599, %5400) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5402 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5403 = "stablehlo.add"(%5401, %5402) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5404 = "stablehlo.broadcast_in_dim"(%5403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5405 = "stablehlo.multiply"(%arg64, %5404) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5406 = "stablehlo.subtract"(%5405, %5399) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5410 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5411 = "stablehlo.add"(%arg274, %5410) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5412 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5413 = "stablehlo.broadcast_in_dim"(%5412) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5414 = "stablehlo.multiply"(%arg272, %5413) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5415 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5416 = "stablehlo.broadcast_in_dim"(%5415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5417 = "stablehlo.multiply"(%2523, %5416) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5418 = "stablehlo.add"(%5414, %5417) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5419 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5420 = "stablehlo.broadcast_in_dim"(%5419) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5421 = "stablehlo.multiply"(%arg273, %5420) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5422 = "stablehlo.multiply"(%2523, %2523) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5423 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5424 = "stablehlo.broadcast_in_dim"(%5423) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5425 = "stablehlo.multiply"(%5422, %5424) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5426 = "stablehlo.add"(%5421, %5425) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5427 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5428 = "stablehlo.power"(%5427, %5411) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5429 = "stablehlo.negate"(%5428) : (tensor<f32>) -> tensor<f32>
    %5430 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5431 = "stablehlo.add"(%5429, %5430) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5432 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5433 = "stablehlo.power"(%5432, %5411) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5434 = "stablehlo.negate"(%5433) : (tensor<f32>) -> tensor<f32>
    %5435 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5436 = "stablehlo.add"(%5434, %5435) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5437 = "stablehlo.broadcast_in_dim"(%5431) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5438 = "stablehlo.divide"(%5418, %5437) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5439 = "stablehlo.sqrt"(%5436) : (tensor<f32>) -> tensor<f32>
    %5440 = "stablehlo.sqrt"(%5426) : (tensor<128xf32>) -> tensor<128xf32>
    %5441 = "stablehlo.broadcast_in_dim"(%5439) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5442 = "stablehlo.divide"(%5440, %5441) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5443 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5444 = "stablehlo.broadcast_in_dim"(%5443) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5445 = "stablehlo.add"(%5442, %5444) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5446 = "stablehlo.divide"(%5438, %5445) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5447 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5448 = "stablehlo.multiply"(%5446, %5447) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5449 = "stablehlo.subtract"(%arg65, %5448) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5453 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5454 = "stablehlo.add"(%arg277, %5453) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5455 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5456 = "stablehlo.broadcast_in_dim"(%5455) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5457 = "stablehlo.multiply"(%arg275, %5456) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5458 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5459 = "stablehlo.broadcast_in_dim"(%5458) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5460 = "stablehlo.multiply"(%2525, %5459) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5461 = "stablehlo.add"(%5457, %5460) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5462 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5463 = "stablehlo.broadcast_in_dim"(%5462) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5464 = "stablehlo.multiply"(%arg276, %5463) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5465 = "stablehlo.multiply"(%2525, %2525) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5466 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5467 = "stablehlo.broadcast_in_dim"(%5466) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5468 = "stablehlo.multiply"(%5465, %5467) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5469 = "stablehlo.add"(%5464, %5468) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5470 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5471 = "stablehlo.power"(%5470, %5454) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5472 = "stablehlo.negate"(%5471) : (tensor<f32>) -> tensor<f32>
    %5473 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5474 = "stablehlo.add"(%5472, %5473) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5475 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5476 = "stablehlo.power"(%5475, %5454) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5477 = "stablehlo.negate"(%5476) : (tensor<f32>) -> tensor<f32>
    %5478 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5479 = "stablehlo.add"(%5477, %5478) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5480 = "stablehlo.broadcast_in_dim"(%5474) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5481 = "stablehlo.divide"(%5461, %5480) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5482 = "stablehlo.sqrt"(%5479) : (tensor<f32>) -> tensor<f32>
    %5483 = "stablehlo.sqrt"(%5469) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %5484 = "stablehlo.broadcast_in_dim"(%5482) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5485 = "stablehlo.divide"(%5483, %5484) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5486 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5487 = "stablehlo.broadcast_in_dim"(%5486) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5488 = "stablehlo.add"(%5485, %5487) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5489 = "stablehlo.divide"(%5481, %5488) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5490 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5491 = "stablehlo.multiply"(%5489, %5490) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5492 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5493 = "stablehlo.multiply"(%2599, %5492) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5494 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5495 = "stablehlo.add"(%5493, %5494) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5496 = "stablehlo.broadcast_in_dim"(%5495) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5497 = "stablehlo.multiply"(%arg66, %5496) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5498 = "stablehlo.subtract"(%5497, %5491) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5502 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5503 = "stablehlo.add"(%arg280, %5502) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5504 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5505 = "stablehlo.broadcast_in_dim"(%5504) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5506 = "stablehlo.multiply"(%arg278, %5505) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5507 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5508 = "stablehlo.broadcast_in_dim"(%5507) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5509 = "stablehlo.multiply"(%2527, %5508) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5510 = "stablehlo.add"(%5506, %5509) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5511 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5512 = "stablehlo.broadcast_in_dim"(%5511) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5513 = "stablehlo.multiply"(%arg279, %5512) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5514 = "stablehlo.multiply"(%2527, %2527) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5515 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5516 = "stablehlo.broadcast_in_dim"(%5515) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5517 = "stablehlo.multiply"(%5514, %5516) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5518 = "stablehlo.add"(%5513, %5517) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5519 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5520 = "stablehlo.power"(%5519, %5503) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5521 = "stablehlo.negate"(%5520) : (tensor<f32>) -> tensor<f32>
    %5522 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5523 = "stablehlo.add"(%5521, %5522) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5524 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5525 = "stablehlo.power"(%5524, %5503) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5526 = "stablehlo.negate"(%5525) : (tensor<f32>) -> tensor<f32>
    %5527 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5528 = "stablehlo.add"(%5526, %5527) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5529 = "stablehlo.broadcast_in_dim"(%5523) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5530 = "stablehlo.divide"(%5510, %5529) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5531 = "stablehlo.sqrt"(%5528) : (tensor<f32>) -> tensor<f32>
    %5532 = "stablehlo.sqrt"(%5518) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %5533 = "stablehlo.broadcast_in_dim"(%5531) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5534 = "stablehlo.divide"(%5532, %5533) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5535 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5536 = "stablehlo.broadcast_in_dim"(%5535) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5537 = "stablehlo.add"(%5534, %5536) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5538 = "stablehlo.divide"(%5530, %5537) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5539 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5540 = "stablehlo.multiply"(%5538, %5539) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5541 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5542 = "stablehlo.multiply"(%2599, %5541) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5543 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5544 = "stablehlo.add"(%5542, %5543) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5545 = "stablehlo.broadcast_in_dim"(%5544) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5546 = "stablehlo.multiply"(%arg67, %5545) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5547 = "stablehlo.subtract"(%5546, %5540) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5551 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5552 = "stablehlo.add"(%arg283, %5551) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5553 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5554 = "stablehlo.broadcast_in_dim"(%5553) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5555 = "stablehlo.multiply"(%arg281, %5554) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5556 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5557 = "stablehlo.broadcast_in_dim"(%5556) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5558 = "stablehlo.multiply"(%2529, %5557) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5559 = "stablehlo.add"(%5555, %5558) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5560 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5561 = "stablehlo.broadcast_in_dim"(%5560) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5562 = "stablehlo.multiply"(%arg282, %5561) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5563 = "stablehlo.multiply"(%2529, %2529) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5564 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5565 = "stablehlo.broadcast_in_dim"(%5564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5566 = "stablehlo.multiply"(%5563, %5565) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5567 = "stablehlo.add"(%5562, %5566) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5568 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5569 = "stablehlo.power"(%5568, %5552) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5570 = "stablehlo.negate"(%5569) : (tensor<f32>) -> tensor<f32>
    %5571 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5572 = "stablehlo.add"(%5570, %5571) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5573 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5574 = "stablehlo.power"(%5573, %5552) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5575 = "stablehlo.negate"(%5574) : (tensor<f32>) -> tensor<f32>
    %5576 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5577 = "stablehlo.add"(%5575, %5576) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5578 = "stablehlo.broadcast_in_dim"(%5572) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5579 = "stablehlo.divide"(%5559, %5578) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5580 = "stablehlo.sqrt"(%5577) : (tensor<f32>) -> tensor<f32>
    %5581 = "stablehlo.sqrt"(%5567) : (tensor<128xf32>) -> tensor<128xf32>
    %5582 = "stablehlo.broadcast_in_dim"(%5580) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5583 = "stablehlo.divide"(%5581, %5582) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5584 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5585 = "stablehlo.broadcast_in_dim"(%5584) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5586 = "stablehlo.add"(%5583, %5585) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5587 = "stablehlo.divide"(%5579, %5586) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5588 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5589 = "stablehlo.multiply"(%5587, %5588) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5590 = "stablehlo.subtract"(%arg68, %5589) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5594 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5595 = "stablehlo.add"(%arg286, %5594) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5596 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5597 = "stablehlo.broadcast_in_dim"(%5596) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5598 = "stablehlo.multiply"(%arg284, %5597) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5599 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5600 = "stablehlo.broadcast_in_dim"(%5599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5601 = "stablehlo.multiply"(%2531, %5600) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5602 = "stablehlo.add"(%5598, %5601) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5603 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5604 = "stablehlo.broadcast_in_dim"(%5603) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5605 = "stablehlo.multiply"(%arg285, %5604) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5606 = "stablehlo.multiply"(%2531, %2531) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5607 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5608 = "stablehlo.broadcast_in_dim"(%5607) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5609 = "stablehlo.multiply"(%5606, %5608) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5610 = "stablehlo.add"(%5605, %5609) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5611 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5612 = "stablehlo.power"(%5611, %5595) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5613 = "stablehlo.negate"(%5612) : (tensor<f32>) -> tensor<f32>
    %5614 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5615 = "stablehlo.add"(%5613, %5614) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5616 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5617 = "stablehlo.power"(%5616, %5595) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5618 = "stablehlo.negate"(%5617) : (tensor<f32>) -> tensor<f32>
    %5619 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5620 = "stablehlo.add"(%5618, %5619) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5621 = "stablehlo.broadcast_in_dim"(%5615) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5622 = "stablehlo.divide"(%5602, %5621) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5623 = "stablehlo.sqrt"(%5620) : (tensor<f32>) -> tensor<f32>
    %5624 = "stablehlo.sqrt"(%5610) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5625 = "stablehlo.broadcast_in_dim"(%5623) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5626 = "stablehlo.divide"(%5624, %5625) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5627 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5628 = "stablehlo.broadcast_in_dim"(%5627) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5629 = "stablehlo.add"(%5626, %5628) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5630 = "stablehlo.divide"(%5622, %5629) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5631 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5632 = "stablehlo.multiply"(%5630, %5631) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5633 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5634 = "stablehlo.multiply"(%2599, %5633) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5635 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5636 = "stablehlo.add"(%5634, %5635) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5637 = "stablehlo.broadcast_in_dim"(%5636) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5638 = "stablehlo.multiply"(%arg69, %5637) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5639 = "stablehlo.subtract"(%5638, %5632) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5643 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5644 = "stablehlo.add"(%arg289, %5643) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5645 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5646 = "stablehlo.broadcast_in_dim"(%5645) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5647 = "stablehlo.multiply"(%arg287, %5646) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5648 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5649 = "stablehlo.broadcast_in_dim"(%5648) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5650 = "stablehlo.multiply"(%2533, %5649) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5651 = "stablehlo.add"(%5647, %5650) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5652 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5653 = "stablehlo.broadcast_in_dim"(%5652) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5654 = "stablehlo.multiply"(%arg288, %5653) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5655 = "stablehlo.multiply"(%2533, %2533) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5656 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5657 = "stablehlo.broadcast_in_dim"(%5656) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5658 = "stablehlo.multiply"(%5655, %5657) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5659 = "stablehlo.add"(%5654, %5658) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5660 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5661 = "stablehlo.power"(%5660, %5644) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5662 = "stablehlo.negate"(%5661) : (tensor<f32>) -> tensor<f32>
    %5663 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5664 = "stablehlo.add"(%5662, %5663) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5665 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5666 = "stablehlo.power"(%5665, %5644) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5667 = "stablehlo.negate"(%5666) : (tensor<f32>) -> tensor<f32>
    %5668 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5669 = "stablehlo.add"(%5667, %5668) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5670 = "stablehlo.broadcast_in_dim"(%5664) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5671 = "stablehlo.divide"(%5651, %5670) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5672 = "stablehlo.sqrt"(%5669) : (tensor<f32>) -> tensor<f32>
    %5673 = "stablehlo.sqrt"(%5659) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5674 = "stablehlo.broadcast_in_dim"(%5672) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5675 = "stablehlo.divide"(%5673, %5674) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5676 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5677 = "stablehlo.broadcast_in_dim"(%5676) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5678 = "stablehlo.add"(%5675, %5677) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5679 = "stablehlo.divide"(%5671, %5678) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5680 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5681 = "stablehlo.multiply"(%5679, %5680) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5682 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5683 = "stablehlo.multiply"(%2599, %5682) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5684 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5685 = "stablehlo.add"(%5683, %5684) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5686 = "stablehlo.broadcast_in_dim"(%5685) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5687 = "stablehlo.multiply"(%arg70, %5686) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5688 = "stablehlo.subtract"(%5687, %5681) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5692 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5693 = "stablehlo.add"(%arg292, %5692) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5694 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5695 = "stablehlo.broadcast_in_dim"(%5694) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5696 = "stablehlo.multiply"(%arg290, %5695) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5697 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5698 = "stablehlo.broadcast_in_dim"(%5697) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5699 = "stablehlo.multiply"(%2535, %5698) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5700 = "stablehlo.add"(%5696, %5699) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5701 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5702 = "stablehlo.broadcast_in_dim"(%5701) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5703 = "stablehlo.multiply"(%arg291, %5702) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5704 = "stablehlo.multiply"(%2535, %2535) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5705 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5706 = "stablehlo.broadcast_in_dim"(%5705) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5707 = "stablehlo.multiply"(%5704, %5706) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5708 = "stablehlo.add"(%5703, %5707) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5709 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5710 = "stablehlo.power"(%5709, %5693) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5711 = "stablehlo.negate"(%5710) : (tensor<f32>) -> tensor<f32>
    %5712 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5713 = "stablehlo.add"(%5711, %5712) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5714 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5715 = "stablehlo.power"(%5714, %5693) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5716 = "stablehlo.negate"(%5715) : (tensor<f32>) -> tensor<f32>
    %5717 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5718 = "stablehlo.add"(%5716, %5717) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5719 = "stablehlo.broadcast_in_dim"(%5713) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5720 = "stablehlo.divide"(%5700, %5719) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5721 = "stablehlo.sqrt"(%5718) : (tensor<f32>) -> tensor<f32>
    %5722 = "stablehlo.sqrt"(%5708) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5723 = "stablehlo.broadcast_in_dim"(%5721) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5724 = "stablehlo.divide"(%5722, %5723) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5725 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5726 = "stablehlo.broadcast_in_dim"(%5725) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5727 = "stablehlo.add"(%5724, %5726) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5728 = "stablehlo.divide"(%5720, %5727) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5729 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5730 = "stablehlo.multiply"(%5728, %5729) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5731 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5732 = "stablehlo.multiply"(%2599, %5731) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5733 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5734 = "stablehlo.add"(%5732, %5733) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5735 = "stablehlo.broadcast_in_dim"(%5734) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5736 = "stablehlo.multiply"(%arg71, %5735) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5737 = "stablehlo.subtract"(%5736, %5730) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5741 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5742 = "stablehlo.add"(%arg295, %5741) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5743 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5744 = "stablehlo.broadcast_in_dim"(%5743) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5745 = "stablehlo.multiply"(%arg293, %5744) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5746 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5747 = "stablehlo.broadcast_in_dim"(%5746) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5748 = "stablehlo.multiply"(%2537, %5747) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5749 = "stablehlo.add"(%5745, %5748) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5750 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5751 = "stablehlo.broadcast_in_dim"(%5750) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5752 = "stablehlo.multiply"(%arg294, %5751) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5753 = "stablehlo.multiply"(%2537, %2537) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5754 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5755 = "stablehlo.broadcast_in_dim"(%5754) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5756 = "stablehlo.multiply"(%5753, %5755) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5757 = "stablehlo.add"(%5752, %5756) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5758 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5759 = "stablehlo.power"(%5758, %5742) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5760 = "stablehlo.negate"(%5759) : (tensor<f32>) -> tensor<f32>
    %5761 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5762 = "stablehlo.add"(%5760, %5761) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5763 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5764 = "stablehlo.power"(%5763, %5742) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5765 = "stablehlo.negate"(%5764) : (tensor<f32>) -> tensor<f32>
    %5766 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5767 = "stablehlo.add"(%5765, %5766) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5768 = "stablehlo.broadcast_in_dim"(%5762) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5769 = "stablehlo.divide"(%5749, %5768) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5770 = "stablehlo.sqrt"(%5767) : (tensor<f32>) -> tensor<f32>
    %5771 = "stablehlo.sqrt"(%5757) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5772 = "stablehlo.broadcast_in_dim"(%5770) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5773 = "stablehlo.divide"(%5771, %5772) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5774 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5775 = "stablehlo.broadcast_in_dim"(%5774) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5776 = "stablehlo.add"(%5773, %5775) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5777 = "stablehlo.divide"(%5769, %5776) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5778 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5779 = "stablehlo.multiply"(%5777, %5778) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5780 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5781 = "stablehlo.multiply"(%2599, %5780) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5782 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5783 = "stablehlo.add"(%5781, %5782) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5784 = "stablehlo.broadcast_in_dim"(%5783) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5785 = "stablehlo.multiply"(%arg72, %5784) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5786 = "stablehlo.subtract"(%5785, %5779) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5790 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5791 = "stablehlo.add"(%arg298, %5790) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5792 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5793 = "stablehlo.broadcast_in_dim"(%5792) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5794 = "stablehlo.multiply"(%arg296, %5793) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5795 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5796 = "stablehlo.broadcast_in_dim"(%5795) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5797 = "stablehlo.multiply"(%2539, %5796) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5798 = "stablehlo.add"(%5794, %5797) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5799 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5800 = "stablehlo.broadcast_in_dim"(%5799) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5801 = "stablehlo.multiply"(%arg297, %5800) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5802 = "stablehlo.multiply"(%2539, %2539) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5803 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5804 = "stablehlo.broadcast_in_dim"(%5803) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5805 = "stablehlo.multiply"(%5802, %5804) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5806 = "stablehlo.add"(%5801, %5805) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5807 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5808 = "stablehlo.power"(%5807, %5791) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5809 = "stablehlo.negate"(%5808) : (tensor<f32>) -> tensor<f32>
    %5810 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5811 = "stablehlo.add"(%5809, %5810) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5812 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5813 = "stablehlo.power"(%5812, %5791) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5814 = "stablehlo.negate"(%5813) : (tensor<f32>) -> tensor<f32>
    %5815 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5816 = "stablehlo.add"(%5814, %5815) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5817 = "stablehlo.broadcast_in_dim"(%5811) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5818 = "stablehlo.divide"(%5798, %5817) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5819 = "stablehlo.sqrt"(%5816) : (tensor<f32>) -> tensor<f32>
    %5820 = "stablehlo.sqrt"(%5806) : (tensor<128xf32>) -> tensor<128xf32>
    %5821 = "stablehlo.broadcast_in_dim"(%5819) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5822 = "stablehlo.divide"(%5820, %5821) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5823 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5824 = "stablehlo.broadcast_in_dim"(%5823) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5825 = "stablehlo.add"(%5822, %5824) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5826 = "stablehlo.divide"(%5818, %5825) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5827 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5828 = "stablehlo.multiply"(%5826, %5827) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5829 = "stablehlo.subtract"(%arg73, %5828) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5833 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5834 = "stablehlo.add"(%arg301, %5833) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5835 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5836 = "stablehlo.broadcast_in_dim"(%5835) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5837 = "stablehlo.multiply"(%arg299, %5836) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5838 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5839 = "stablehlo.broadcast_in_dim"(%5838) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5840 = "stablehlo.multiply"(%2541, %5839) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5841 = "stablehlo.add"(%5837, %5840) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5842 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5843 = "stablehlo.broadcast_in_dim"(%5842) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5844 = "stablehlo.multiply"(%arg300, %5843) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5845 = "stablehlo.multiply"(%2541, %2541) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5846 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5847 = "stablehlo.broadcast_in_dim"(%5846) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5848 = "stablehlo.multiply"(%5845, %5847) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5849 = "stablehlo.add"(%5844, %5848) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5850 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5851 = "stablehlo.power"(%5850, %5834) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5852 = "stablehlo.negate"(%5851) : (tensor<f32>) -> tensor<f32>
    %5853 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5854 = "stablehlo.add"(%5852, %5853) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5855 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5856 = "stablehlo.power"(%5855, %5834) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5857 = "stablehlo.negate"(%5856) : (tensor<f32>) -> tensor<f32>
    %5858 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5859 = "stablehlo.add"(%5857, %5858) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5860 = "stablehlo.broadcast_in_dim"(%5854) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5861 = "stablehlo.divide"(%5841, %5860) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5862 = "stablehlo.sqrt"(%5859) : (tensor<f32>) -> tensor<f32>
    %5863 = "stablehlo.sqrt"(%5849) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5864 = "stablehlo.broadcast_in_dim"(%5862) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5865 = "stablehlo.divide"(%5863, %5864) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5866 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5867 = "stablehlo.broadcast_in_dim"(%5866) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5868 = "stablehlo.add"(%5865, %5867) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5869 = "stablehlo.divide"(%5861, %5868) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5870 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5871 = "stablehlo.multiply"(%5869, %5870) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5872 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5873 = "stablehlo.multiply"(%2599, %5872) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5874 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5875 = "stablehlo.add"(%5873, %5874) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5876 = "stablehlo.broadcast_in_dim"(%5875) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5877 = "stablehlo.multiply"(%arg74, %5876) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5878 = "stablehlo.subtract"(%5877, %5871) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5882 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5883 = "stablehlo.add"(%arg304, %5882) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5884 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5885 = "stablehlo.broadcast_in_dim"(%5884) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5886 = "stablehlo.multiply"(%arg302, %5885) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5887 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5888 = "stablehlo.broadcast_in_dim"(%5887) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5889 = "stablehlo.multiply"(%2543, %5888) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5890 = "stablehlo.add"(%5886, %5889) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5891 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5892 = "stablehlo.broadcast_in_dim"(%5891) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5893 = "stablehlo.multiply"(%arg303, %5892) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5894 = "stablehlo.multiply"(%2543, %2543) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5895 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5896 = "stablehlo.broadcast_in_dim"(%5895) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5897 = "stablehlo.multiply"(%5894, %5896) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5898 = "stablehlo.add"(%5893, %5897) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5899 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5900 = "stablehlo.power"(%5899, %5883) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5901 = "stablehlo.negate"(%5900) : (tensor<f32>) -> tensor<f32>
    %5902 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5903 = "stablehlo.add"(%5901, %5902) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5904 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5905 = "stablehlo.power"(%5904, %5883) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5906 = "stablehlo.negate"(%5905) : (tensor<f32>) -> tensor<f32>
    %5907 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5908 = "stablehlo.add"(%5906, %5907) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5909 = "stablehlo.broadcast_in_dim"(%5903) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5910 = "stablehlo.divide"(%5890, %5909) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5911 = "stablehlo.sqrt"(%5908) : (tensor<f32>) -> tensor<f32>
    %5912 = "stablehlo.sqrt"(%5898) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5913 = "stablehlo.broadcast_in_dim"(%5911) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5914 = "stablehlo.divide"(%5912, %5913) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5915 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5916 = "stablehlo.broadcast_in_dim"(%5915) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5917 = "stablehlo.add"(%5914, %5916) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5918 = "stablehlo.divide"(%5910, %5917) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5919 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5920 = "stablehlo.multiply"(%5918, %5919) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5921 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5922 = "stablehlo.multiply"(%2599, %5921) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5923 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5924 = "stablehlo.add"(%5922, %5923) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5925 = "stablehlo.broadcast_in_dim"(%5924) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5926 = "stablehlo.multiply"(%arg75, %5925) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5927 = "stablehlo.subtract"(%5926, %5920) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5931 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5932 = "stablehlo.add"(%arg307, %5931) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5933 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5934 = "stablehlo.broadcast_in_dim"(%5933) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5935 = "stablehlo.multiply"(%arg305, %5934) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5936 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5937 = "stablehlo.broadcast_in_dim"(%5936) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5938 = "stablehlo.multiply"(%2545, %5937) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5939 = "stablehlo.add"(%5935, %5938) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5940 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5941 = "stablehlo.broadcast_in_dim"(%5940) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5942 = "stablehlo.multiply"(%arg306, %5941) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5943 = "stablehlo.multiply"(%2545, %2545) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5944 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5945 = "stablehlo.broadcast_in_dim"(%5944) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5946 = "stablehlo.multiply"(%5943, %5945) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5947 = "stablehlo.add"(%5942, %5946) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5948 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5949 = "stablehlo.power"(%5948, %5932) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5950 = "stablehlo.negate"(%5949) : (tensor<f32>) -> tensor<f32>
    %5951 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5952 = "stablehlo.add"(%5950, %5951) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5953 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5954 = "stablehlo.power"(%5953, %5932) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5955 = "stablehlo.negate"(%5954) : (tensor<f32>) -> tensor<f32>
    %5956 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5957 = "stablehlo.add"(%5955, %5956) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5958 = "stablehlo.broadcast_in_dim"(%5952) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5959 = "stablehlo.divide"(%5939, %5958) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5960 = "stablehlo.sqrt"(%5957) : (tensor<f32>) -> tensor<f32>
    %5961 = "stablehlo.sqrt"(%5947) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5962 = "stablehlo.broadcast_in_dim"(%5960) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5963 = "stablehlo.divide"(%5961, %5962) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5964 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5965 = "stablehlo.broadcast_in_dim"(%5964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5966 = "stablehlo.add"(%5963, %5965) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5967 = "stablehlo.divide"(%5959, %5966) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5968 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5969 = "stablehlo.multiply"(%5967, %5968) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5970 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5971 = "stablehlo.multiply"(%2599, %5970) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5972 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5973 = "stablehlo.add"(%5971, %5972) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5974 = "stablehlo.broadcast_in_dim"(%5973) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5975 = "stablehlo.multiply"(%arg76, %5974) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5976 = "stablehlo.subtract"(%5975, %5969) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5980 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5981 = "stablehlo.add"(%arg310, %5980) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5982 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5983 = "stablehlo.broadcast_in_dim"(%5982) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5984 = "stablehlo.multiply"(%arg308, %5983) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5985 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5986 = "stablehlo.broadcast_in_dim"(%5985) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5987 = "stablehlo.multiply"(%2547, %5986) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5988 = "stablehlo.add"(%5984, %5987) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5989 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5990 = "stablehlo.broadcast_in_dim"(%5989) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5991 = "stablehlo.multiply"(%arg309, %5990) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5992 = "stablehlo.multiply"(%2547, %2547) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5993 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5994 = "stablehlo.broadcast_in_dim"(%5993) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5995 = "stablehlo.multiply"(%5992, %5994) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5996 = "stablehlo.add"(%5991, %5995) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5997 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5998 = "stablehlo.power"(%5997, %5981) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5999 = "stablehlo.negate"(%5998) : (tensor<f32>) -> tensor<f32>
    %6000 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6001 = "stablehlo.add"(%5999, %6000) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6002 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6003 = "stablehlo.power"(%6002, %5981) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6004 = "stablehlo.negate"(%6003) : (tensor<f32>) -> tensor<f32>
    %6005 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6006 = "stablehlo.add"(%6004, %6005) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6007 = "stablehlo.broadcast_in_dim"(%6001) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6008 = "stablehlo.divide"(%5988, %6007) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6009 = "stablehlo.sqrt"(%6006) : (tensor<f32>) -> tensor<f32>
    %6010 = "stablehlo.sqrt"(%5996) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6011 = "stablehlo.broadcast_in_dim"(%6009) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6012 = "stablehlo.divide"(%6010, %6011) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6013 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6014 = "stablehlo.broadcast_in_dim"(%6013) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6015 = "stablehlo.add"(%6012, %6014) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6016 = "stablehlo.divide"(%6008, %6015) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6017 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6018 = "stablehlo.multiply"(%6016, %6017) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6019 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6020 = "stablehlo.multiply"(%2599, %6019) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6021 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6022 = "stablehlo.add"(%6020, %6021) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6023 = "stablehlo.broadcast_in_dim"(%6022) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6024 = "stablehlo.multiply"(%arg77, %6023) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6025 = "stablehlo.subtract"(%6024, %6018) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6029 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6030 = "stablehlo.add"(%arg313, %6029) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6031 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6032 = "stablehlo.broadcast_in_dim"(%6031) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6033 = "stablehlo.multiply"(%arg311, %6032) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6034 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6035 = "stablehlo.broadcast_in_dim"(%6034) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6036 = "stablehlo.multiply"(%2549, %6035) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6037 = "stablehlo.add"(%6033, %6036) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6038 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6039 = "stablehlo.broadcast_in_dim"(%6038) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6040 = "stablehlo.multiply"(%arg312, %6039) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6041 = "stablehlo.multiply"(%2549, %2549) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6042 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6043 = "stablehlo.broadcast_in_dim"(%6042) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6044 = "stablehlo.multiply"(%6041, %6043) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6045 = "stablehlo.add"(%6040, %6044) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6046 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6047 = "stablehlo.power"(%6046, %6030) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6048 = "stablehlo.negate"(%6047) : (tensor<f32>) -> tensor<f32>
    %6049 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6050 = "stablehlo.add"(%6048, %6049) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6051 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6052 = "stablehlo.power"(%6051, %6030) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6053 = "stablehlo.negate"(%6052) : (tensor<f32>) -> tensor<f32>
    %6054 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6055 = "stablehlo.add"(%6053, %6054) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6056 = "stablehlo.broadcast_in_dim"(%6050) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6057 = "stablehlo.divide"(%6037, %6056) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6058 = "stablehlo.sqrt"(%6055) : (tensor<f32>) -> tensor<f32>
    %6059 = "stablehlo.sqrt"(%6045) : (tensor<128xf32>) -> tensor<128xf32>
    %6060 = "stablehlo.broadcast_in_dim"(%6058) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6061 = "stablehlo.divide"(%6059, %6060) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6062 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6063 = "stablehlo.broadcast_in_dim"(%6062) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6064 = "stablehlo.add"(%6061, %6063) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6065 = "stablehlo.divide"(%6057, %6064) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6066 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6067 = "stablehlo.multiply"(%6065, %6066) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6068 = "stablehlo.subtract"(%arg78, %6067) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6072 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6073 = "stablehlo.add"(%arg316, %6072) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6074 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6075 = "stablehlo.broadcast_in_dim"(%6074) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6076 = "stablehlo.multiply"(%arg314, %6075) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6077 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6078 = "stablehlo.broadcast_in_dim"(%6077) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6079 = "stablehlo.multiply"(%2551, %6078) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6080 = "stablehlo.add"(%6076, %6079) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6081 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6082 = "stablehlo.broadcast_in_dim"(%6081) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6083 = "stablehlo.multiply"(%arg315, %6082) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6084 = "stablehlo.multiply"(%2551, %2551) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6085 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6086 = "stablehlo.broadcast_in_dim"(%6085) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6087 = "stablehlo.multiply"(%6084, %6086) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6088 = "stablehlo.add"(%6083, %6087) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6089 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6090 = "stablehlo.power"(%6089, %6073) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6091 = "stablehlo.negate"(%6090) : (tensor<f32>) -> tensor<f32>
    %6092 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6093 = "stablehlo.add"(%6091, %6092) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6094 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6095 = "stablehlo.power"(%6094, %6073) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6096 = "stablehlo.negate"(%6095) : (tensor<f32>) -> tensor<f32>
    %6097 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6098 = "stablehlo.add"(%6096, %6097) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6099 = "stablehlo.broadcast_in_dim"(%6093) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6100 = "stablehlo.divide"(%6080, %6099) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6101 = "stablehlo.sqrt"(%6098) : (tensor<f32>) -> tensor<f32>
    %6102 = "stablehlo.sqrt"(%6088) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %6103 = "stablehlo.broadcast_in_dim"(%6101) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6104 = "stablehlo.divide"(%6102, %6103) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6105 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6106 = "stablehlo.broadcast_in_dim"(%6105) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6107 = "stablehlo.add"(%6104, %6106) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6108 = "stablehlo.divide"(%6100, %6107) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6109 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6110 = "stablehlo.multiply"(%6108, %6109) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6111 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6112 = "stablehlo.multiply"(%2599, %6111) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6113 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6114 = "stablehlo.add"(%6112, %6113) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6115 = "stablehlo.broadcast_in_dim"(%6114) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6116 = "stablehlo.multiply"(%arg79, %6115) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6117 = "stablehlo.subtract"(%6116, %6110) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6121 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6122 = "stablehlo.add"(%arg319, %6121) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6123 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6124 = "stablehlo.broadcast_in_dim"(%6123) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6125 = "stablehlo.multiply"(%arg317, %6124) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6126 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6127 = "stablehlo.broadcast_in_dim"(%6126) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6128 = "stablehlo.multiply"(%2553, %6127) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6129 = "stablehlo.add"(%6125, %6128) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6130 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6131 = "stablehlo.broadcast_in_dim"(%6130) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6132 = "stablehlo.multiply"(%arg318, %6131) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6133 = "stablehlo.multiply"(%2553, %2553) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6134 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6135 = "stablehlo.broadcast_in_dim"(%6134) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6136 = "stablehlo.multiply"(%6133, %6135) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6137 = "stablehlo.add"(%6132, %6136) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6138 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6139 = "stablehlo.power"(%6138, %6122) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6140 = "stablehlo.negate"(%6139) : (tensor<f32>) -> tensor<f32>
    %6141 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6142 = "stablehlo.add"(%6140, %6141) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6143 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6144 = "stablehlo.power"(%6143, %6122) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6145 = "stablehlo.negate"(%6144) : (tensor<f32>) -> tensor<f32>
    %6146 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6147 = "stablehlo.add"(%6145, %6146) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6148 = "stablehlo.broadcast_in_dim"(%6142) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6149 = "stablehlo.divide"(%6129, %6148) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6150 = "stablehlo.sqrt"(%6147) : (tensor<f32>) -> tensor<f32>
    %6151 = "stablehlo.sqrt"(%6137) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %6152 = "stablehlo.broadcast_in_dim"(%6150) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6153 = "stablehlo.divide"(%6151, %6152) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6154 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6155 = "stablehlo.broadcast_in_dim"(%6154) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6156 = "stablehlo.add"(%6153, %6155) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6157 = "stablehlo.divide"(%6149, %6156) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6158 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6159 = "stablehlo.multiply"(%6157, %6158) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6160 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6161 = "stablehlo.multiply"(%2599, %6160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6162 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6163 = "stablehlo.add"(%6161, %6162) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6164 = "stablehlo.broadcast_in_dim"(%6163) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6165 = "stablehlo.multiply"(%arg80, %6164) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6166 = "stablehlo.subtract"(%6165, %6159) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6170 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6171 = "stablehlo.add"(%arg322, %6170) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6172 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6173 = "stablehlo.broadcast_in_dim"(%6172) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6174 = "stablehlo.multiply"(%arg320, %6173) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6175 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6176 = "stablehlo.broadcast_in_dim"(%6175) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6177 = "stablehlo.multiply"(%2555, %6176) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6178 = "stablehlo.add"(%6174, %6177) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6179 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6180 = "stablehlo.broadcast_in_dim"(%6179) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6181 = "stablehlo.multiply"(%arg321, %6180) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6182 = "stablehlo.multiply"(%2555, %2555) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6183 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6184 = "stablehlo.broadcast_in_dim"(%6183) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6185 = "stablehlo.multiply"(%6182, %6184) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6186 = "stablehlo.add"(%6181, %6185) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6187 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6188 = "stablehlo.power"(%6187, %6171) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6189 = "stablehlo.negate"(%6188) : (tensor<f32>) -> tensor<f32>
    %6190 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6191 = "stablehlo.add"(%6189, %6190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6192 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6193 = "stablehlo.power"(%6192, %6171) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6194 = "stablehlo.negate"(%6193) : (tensor<f32>) -> tensor<f32>
    %6195 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6196 = "stablehlo.add"(%6194, %6195) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6197 = "stablehlo.broadcast_in_dim"(%6191) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6198 = "stablehlo.divide"(%6178, %6197) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6199 = "stablehlo.sqrt"(%6196) : (tensor<f32>) -> tensor<f32>
    %6200 = "stablehlo.sqrt"(%6186) : (tensor<128xf32>) -> tensor<128xf32>
    %6201 = "stablehlo.broadcast_in_dim"(%6199) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6202 = "stablehlo.divide"(%6200, %6201) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6203 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6204 = "stablehlo.broadcast_in_dim"(%6203) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6205 = "stablehlo.add"(%6202, %6204) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6206 = "stablehlo.divide"(%6198, %6205) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6207 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6208 = "stablehlo.multiply"(%6206, %6207) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6209 = "stablehlo.subtract"(%arg81, %6208) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6213 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6214 = "stablehlo.add"(%arg325, %6213) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6215 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6216 = "stablehlo.broadcast_in_dim"(%6215) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6217 = "stablehlo.multiply"(%arg323, %6216) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6218 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6219 = "stablehlo.broadcast_in_dim"(%6218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6220 = "stablehlo.multiply"(%2557, %6219) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6221 = "stablehlo.add"(%6217, %6220) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6222 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6223 = "stablehlo.broadcast_in_dim"(%6222) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6224 = "stablehlo.multiply"(%arg324, %6223) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6225 = "stablehlo.multiply"(%2557, %2557) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6226 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6227 = "stablehlo.broadcast_in_dim"(%6226) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6228 = "stablehlo.multiply"(%6225, %6227) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6229 = "stablehlo.add"(%6224, %6228) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6230 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6231 = "stablehlo.power"(%6230, %6214) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6232 = "stablehlo.negate"(%6231) : (tensor<f32>) -> tensor<f32>
    %6233 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6234 = "stablehlo.add"(%6232, %6233) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6235 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6236 = "stablehlo.power"(%6235, %6214) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6237 = "stablehlo.negate"(%6236) : (tensor<f32>) -> tensor<f32>
    %6238 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6239 = "stablehlo.add"(%6237, %6238) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6240 = "stablehlo.broadcast_in_dim"(%6234) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6241 = "stablehlo.divide"(%6221, %6240) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6242 = "stablehlo.sqrt"(%6239) : (tensor<f32>) -> tensor<f32>
    %6243 = "stablehlo.sqrt"(%6229) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6244 = "stablehlo.broadcast_in_dim"(%6242) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6245 = "stablehlo.divide"(%6243, %6244) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6246 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6247 = "stablehlo.broadcast_in_dim"(%6246) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6248 = "stablehlo.add"(%6245, %6247) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6249 = "stablehlo.divide"(%6241, %6248) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6250 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6251 = "stablehlo.multiply"(%6249, %6250) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6252 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6253 = "stablehlo.multiply"(%2599, %6252) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6254 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6255 = "stablehlo.add"(%6253, %6254) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6256 = "stablehlo.broadcast_in_dim"(%6255) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6257 = "stablehlo.multiply"(%arg82, %6256) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6258 = "stablehlo.subtract"(%6257, %6251) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6262 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6263 = "stablehlo.add"(%arg328, %6262) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6264 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6265 = "stablehlo.broadcast_in_dim"(%6264) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6266 = "stablehlo.multiply"(%arg326, %6265) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6267 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6268 = "stablehlo.broadcast_in_dim"(%6267) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6269 = "stablehlo.multiply"(%2559, %6268) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6270 = "stablehlo.add"(%6266, %6269) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6271 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6272 = "stablehlo.broadcast_in_dim"(%6271) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6273 = "stablehlo.multiply"(%arg327, %6272) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6274 = "stablehlo.multiply"(%2559, %2559) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6275 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6276 = "stablehlo.broadcast_in_dim"(%6275) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6277 = "stablehlo.multiply"(%6274, %6276) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6278 = "stablehlo.add"(%6273, %6277) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6279 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6280 = "stablehlo.power"(%6279, %6263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6281 = "stablehlo.negate"(%6280) : (tensor<f32>) -> tensor<f32>
    %6282 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6283 = "stablehlo.add"(%6281, %6282) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6284 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6285 = "stablehlo.power"(%6284, %6263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6286 = "stablehlo.negate"(%6285) : (tensor<f32>) -> tensor<f32>
    %6287 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6288 = "stablehlo.add"(%6286, %6287) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6289 = "stablehlo.broadcast_in_dim"(%6283) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6290 = "stablehlo.divide"(%6270, %6289) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6291 = "stablehlo.sqrt"(%6288) : (tensor<f32>) -> tensor<f32>
    %6292 = "stablehlo.sqrt"(%6278) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6293 = "stablehlo.broadcast_in_dim"(%6291) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6294 = "stablehlo.divide"(%6292, %6293) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6295 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6296 = "stablehlo.broadcast_in_dim"(%6295) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6297 = "stablehlo.add"(%6294, %6296) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6298 = "stablehlo.divide"(%6290, %6297) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6299 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6300 = "stablehlo.multiply"(%6298, %6299) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6301 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6302 = "stablehlo.multiply"(%2599, %6301) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6303 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6304 = "stablehlo.add"(%6302, %6303) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6305 = "stablehlo.broadcast_in_dim"(%6304) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6306 = "stablehlo.multiply"(%arg83, %6305) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6307 = "stablehlo.subtract"(%6306, %6300) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6311 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6312 = "stablehlo.add"(%arg331, %6311) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6313 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6314 = "stablehlo.broadcast_in_dim"(%6313) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6315 = "stablehlo.multiply"(%arg329, %6314) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6316 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6317 = "stablehlo.broadcast_in_dim"(%6316) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6318 = "stablehlo.multiply"(%2561, %6317) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6319 = "stablehlo.add"(%6315, %6318) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6320 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6321 = "stablehlo.broadcast_in_dim"(%6320) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6322 = "stablehlo.multiply"(%arg330, %6321) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6323 = "stablehlo.multiply"(%2561, %2561) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6324 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6325 = "stablehlo.broadcast_in_dim"(%6324) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6326 = "stablehlo.multiply"(%6323, %6325) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6327 = "stablehlo.add"(%6322, %6326) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6328 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6329 = "stablehlo.power"(%6328, %6312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6330 = "stablehlo.negate"(%6329) : (tensor<f32>) -> tensor<f32>
    %6331 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6332 = "stablehlo.add"(%6330, %6331) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6333 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6334 = "stablehlo.power"(%6333, %6312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6335 = "stablehlo.negate"(%6334) : (tensor<f32>) -> tensor<f32>
    %6336 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6337 = "stablehlo.add"(%6335, %6336) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6338 = "stablehlo.broadcast_in_dim"(%6332) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6339 = "stablehlo.divide"(%6319, %6338) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6340 = "stablehlo.sqrt"(%6337) : (tensor<f32>) -> tensor<f32>
    %6341 = "stablehlo.sqrt"(%6327) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6342 = "stablehlo.broadcast_in_dim"(%6340) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6343 = "stablehlo.divide"(%6341, %6342) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6344 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6345 = "stablehlo.broadcast_in_dim"(%6344) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6346 = "stablehlo.add"(%6343, %6345) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6347 = "stablehlo.divide"(%6339, %6346) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6348 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6349 = "stablehlo.multiply"(%6347, %6348) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6350 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6351 = "stablehlo.multiply"(%2599, %6350) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6352 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6353 = "stablehlo.add"(%6351, %6352) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6354 = "stablehlo.broadcast_in_dim"(%6353) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6355 = "stablehlo.multiply"(%arg84, %6354) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6356 = "stablehlo.subtract"(%6355, %6349) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6360 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6361 = "stablehlo.add"(%arg334, %6360) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6362 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6363 = "stablehlo.broadcast_in_dim"(%6362) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6364 = "stablehlo.multiply"(%arg332, %6363) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6365 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6366 = "stablehlo.broadcast_in_dim"(%6365) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6367 = "stablehlo.multiply"(%2563, %6366) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6368 = "stablehlo.add"(%6364, %6367) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6369 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6370 = "stablehlo.broadcast_in_dim"(%6369) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6371 = "stablehlo.multiply"(%arg333, %6370) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6372 = "stablehlo.multiply"(%2563, %2563) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6373 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6374 = "stablehlo.broadcast_in_dim"(%6373) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6375 = "stablehlo.multiply"(%6372, %6374) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6376 = "stablehlo.add"(%6371, %6375) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6377 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6378 = "stablehlo.power"(%6377, %6361) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6379 = "stablehlo.negate"(%6378) : (tensor<f32>) -> tensor<f32>
    %6380 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6381 = "stablehlo.add"(%6379, %6380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6382 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6383 = "stablehlo.power"(%6382, %6361) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6384 = "stablehlo.negate"(%6383) : (tensor<f32>) -> tensor<f32>
    %6385 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6386 = "stablehlo.add"(%6384, %6385) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6387 = "stablehlo.broadcast_in_dim"(%6381) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6388 = "stablehlo.divide"(%6368, %6387) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6389 = "stablehlo.sqrt"(%6386) : (tensor<f32>) -> tensor<f32>
    %6390 = "stablehlo.sqrt"(%6376) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6391 = "stablehlo.broadcast_in_dim"(%6389) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6392 = "stablehlo.divide"(%6390, %6391) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6393 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6394 = "stablehlo.broadcast_in_dim"(%6393) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6395 = "stablehlo.add"(%6392, %6394) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6396 = "stablehlo.divide"(%6388, %6395) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6397 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6398 = "stablehlo.multiply"(%6396, %6397) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6399 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6400 = "stablehlo.multiply"(%2599, %6399) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6401 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6402 = "stablehlo.add"(%6400, %6401) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6403 = "stablehlo.broadcast_in_dim"(%6402) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6404 = "stablehlo.multiply"(%arg85, %6403) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6405 = "stablehlo.subtract"(%6404, %6398) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6409 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6410 = "stablehlo.add"(%arg337, %6409) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6411 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6412 = "stablehlo.broadcast_in_dim"(%6411) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6413 = "stablehlo.multiply"(%arg335, %6412) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6414 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6415 = "stablehlo.broadcast_in_dim"(%6414) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6416 = "stablehlo.multiply"(%2565, %6415) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6417 = "stablehlo.add"(%6413, %6416) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6418 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6419 = "stablehlo.broadcast_in_dim"(%6418) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6420 = "stablehlo.multiply"(%arg336, %6419) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6421 = "stablehlo.multiply"(%2565, %2565) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6422 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6423 = "stablehlo.broadcast_in_dim"(%6422) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6424 = "stablehlo.multiply"(%6421, %6423) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6425 = "stablehlo.add"(%6420, %6424) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6426 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6427 = "stablehlo.power"(%6426, %6410) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6428 = "stablehlo.negate"(%6427) : (tensor<f32>) -> tensor<f32>
    %6429 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6430 = "stablehlo.add"(%6428, %6429) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6431 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6432 = "stablehlo.power"(%6431, %6410) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6433 = "stablehlo.negate"(%6432) : (tensor<f32>) -> tensor<f32>
    %6434 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6435 = "stablehlo.add"(%6433, %6434) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6436 = "stablehlo.broadcast_in_dim"(%6430) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6437 = "stablehlo.divide"(%6417, %6436) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6438 = "stablehlo.sqrt"(%6435) : (tensor<f32>) -> tensor<f32>
    %6439 = "stablehlo.sqrt"(%6425) : (tensor<128xf32>) -> tensor<128xf32>
    %6440 = "stablehlo.broadcast_in_dim"(%6438) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6441 = "stablehlo.divide"(%6439, %6440) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6442 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6443 = "stablehlo.broadcast_in_dim"(%6442) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6444 = "stablehlo.add"(%6441, %6443) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6445 = "stablehlo.divide"(%6437, %6444) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6446 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6447 = "stablehlo.multiply"(%6445, %6446) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6448 = "stablehlo.subtract"(%arg86, %6447) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6452 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6453 = "stablehlo.add"(%arg340, %6452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6454 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6455 = "stablehlo.broadcast_in_dim"(%6454) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6456 = "stablehlo.multiply"(%arg338, %6455) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6457 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6458 = "stablehlo.broadcast_in_dim"(%6457) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6459 = "stablehlo.multiply"(%2567, %6458) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6460 = "stablehlo.add"(%6456, %6459) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6461 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6462 = "stablehlo.broadcast_in_dim"(%6461) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6463 = "stablehlo.multiply"(%arg339, %6462) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6464 = "stablehlo.multiply"(%2567, %2567) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6465 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6466 = "stablehlo.broadcast_in_dim"(%6465) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6467 = "stablehlo.multiply"(%6464, %6466) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6468 = "stablehlo.add"(%6463, %6467) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6469 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6470 = "stablehlo.power"(%6469, %6453) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6471 = "stablehlo.negate"(%6470) : (tensor<f32>) -> tensor<f32>
    %6472 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6473 = "stablehlo.add"(%6471, %6472) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6474 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6475 = "stablehlo.power"(%6474, %6453) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6476 = "stablehlo.negate"(%6475) : (tensor<f32>) -> tensor<f32>
    %6477 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6478 = "stablehlo.add"(%6476, %6477) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6479 = "stablehlo.broadcast_in_dim"(%6473) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6480 = "stablehlo.divide"(%6460, %6479) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6481 = "stablehlo.sqrt"(%6478) : (tensor<f32>) -> tensor<f32>
    %6482 = "stablehlo.sqrt"(%6468) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6483 = "stablehlo.broadcast_in_dim"(%6481) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6484 = "stablehlo.divide"(%6482, %6483) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6485 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6486 = "stablehlo.broadcast_in_dim"(%6485) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6487 = "stablehlo.add"(%6484, %6486) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6488 = "stablehlo.divide"(%6480, %6487) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6489 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6490 = "stablehlo.multiply"(%6488, %6489) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6491 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6492 = "stablehlo.multiply"(%2599, %6491) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6493 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6494 = "stablehlo.add"(%6492, %6493) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6495 = "stablehlo.broadcast_in_dim"(%6494) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6496 = "stablehlo.multiply"(%arg87, %6495) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6497 = "stablehlo.subtract"(%6496, %6490) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6501 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6502 = "stablehlo.add"(%arg343, %6501) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6503 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6504 = "stablehlo.broadcast_in_dim"(%6503) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6505 = "stablehlo.multiply"(%arg341, %6504) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6506 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6507 = "stablehlo.broadcast_in_dim"(%6506) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6508 = "stablehlo.multiply"(%2569, %6507) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6509 = "stablehlo.add"(%6505, %6508) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6510 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6511 = "stablehlo.broadcast_in_dim"(%6510) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6512 = "stablehlo.multiply"(%arg342, %6511) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6513 = "stablehlo.multiply"(%2569, %2569) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6514 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6515 = "stablehlo.broadcast_in_dim"(%6514) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6516 = "stablehlo.multiply"(%6513, %6515) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6517 = "stablehlo.add"(%6512, %6516) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6518 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6519 = "stablehlo.power"(%6518, %6502) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6520 = "stablehlo.negate"(%6519) : (tensor<f32>) -> tensor<f32>
    %6521 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6522 = "stablehlo.add"(%6520, %6521) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6523 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6524 = "stablehlo.power"(%6523, %6502) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6525 = "stablehlo.negate"(%6524) : (tensor<f32>) -> tensor<f32>
    %6526 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6527 = "stablehlo.add"(%6525, %6526) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6528 = "stablehlo.broadcast_in_dim"(%6522) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6529 = "stablehlo.divide"(%6509, %6528) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6530 = "stablehlo.sqrt"(%6527) : (tensor<f32>) -> tensor<f32>
    %6531 = "stablehlo.sqrt"(%6517) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6532 = "stablehlo.broadcast_in_dim"(%6530) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6533 = "stablehlo.divide"(%6531, %6532) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6534 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6535 = "stablehlo.broadcast_in_dim"(%6534) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6536 = "stablehlo.add"(%6533, %6535) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6537 = "stablehlo.divide"(%6529, %6536) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6538 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6539 = "stablehlo.multiply"(%6537, %6538) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6540 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6541 = "stablehlo.multiply"(%2599, %6540) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6542 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6543 = "stablehlo.add"(%6541, %6542) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6544 = "stablehlo.broadcast_in_dim"(%6543) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6545 = "stablehlo.multiply"(%arg88, %6544) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6546 = "stablehlo.subtract"(%6545, %6539) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6550 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6551 = "stablehlo.add"(%arg346, %6550) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6552 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6553 = "stablehlo.broadcast_in_dim"(%6552) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6554 = "stablehlo.multiply"(%arg344, %6553) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6555 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6556 = "stablehlo.broadcast_in_dim"(%6555) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6557 = "stablehlo.multiply"(%2571, %6556) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6558 = "stablehlo.add"(%6554, %6557) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6559 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6560 = "stablehlo.broadcast_in_dim"(%6559) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6561 = "stablehlo.multiply"(%arg345, %6560) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6562 = "stablehlo.multiply"(%2571, %2571) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6563 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6564 = "stablehlo.broadcast_in_dim"(%6563) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6565 = "stablehlo.multiply"(%6562, %6564) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6566 = "stablehlo.add"(%6561, %6565) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6567 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6568 = "stablehlo.power"(%6567, %6551) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6569 = "stablehlo.negate"(%6568) : (tensor<f32>) -> tensor<f32>
    %6570 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6571 = "stablehlo.add"(%6569, %6570) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6572 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6573 = "stablehlo.power"(%6572, %6551) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6574 = "stablehlo.negate"(%6573) : (tensor<f32>) -> tensor<f32>
    %6575 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6576 = "stablehlo.add"(%6574, %6575) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6577 = "stablehlo.broadcast_in_dim"(%6571) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6578 = "stablehlo.divide"(%6558, %6577) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6579 = "stablehlo.sqrt"(%6576) : (tensor<f32>) -> tensor<f32>
    %6580 = "stablehlo.sqrt"(%6566) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6581 = "stablehlo.broadcast_in_dim"(%6579) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6582 = "stablehlo.divide"(%6580, %6581) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6583 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6584 = "stablehlo.broadcast_in_dim"(%6583) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6585 = "stablehlo.add"(%6582, %6584) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6586 = "stablehlo.divide"(%6578, %6585) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6587 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6588 = "stablehlo.multiply"(%6586, %6587) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6589 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6590 = "stablehlo.multiply"(%2599, %6589) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6591 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6592 = "stablehlo.add"(%6590, %6591) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6593 = "stablehlo.broadcast_in_dim"(%6592) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6594 = "stablehlo.multiply"(%arg89, %6593) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6595 = "stablehlo.subtract"(%6594, %6588) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6599 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6600 = "stablehlo.add"(%arg349, %6599) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6601 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6602 = "stablehlo.broadcast_in_dim"(%6601) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6603 = "stablehlo.multiply"(%arg347, %6602) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6604 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6605 = "stablehlo.broadcast_in_dim"(%6604) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6606 = "stablehlo.multiply"(%2573, %6605) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6607 = "stablehlo.add"(%6603, %6606) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6608 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6609 = "stablehlo.broadcast_in_dim"(%6608) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6610 = "stablehlo.multiply"(%arg348, %6609) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6611 = "stablehlo.multiply"(%2573, %2573) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6612 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6613 = "stablehlo.broadcast_in_dim"(%6612) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6614 = "stablehlo.multiply"(%6611, %6613) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6615 = "stablehlo.add"(%6610, %6614) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6616 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6617 = "stablehlo.power"(%6616, %6600) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6618 = "stablehlo.negate"(%6617) : (tensor<f32>) -> tensor<f32>
    %6619 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6620 = "stablehlo.add"(%6618, %6619) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6621 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6622 = "stablehlo.power"(%6621, %6600) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6623 = "stablehlo.negate"(%6622) : (tensor<f32>) -> tensor<f32>
    %6624 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6625 = "stablehlo.add"(%6623, %6624) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6626 = "stablehlo.broadcast_in_dim"(%6620) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6627 = "stablehlo.divide"(%6607, %6626) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6628 = "stablehlo.sqrt"(%6625) : (tensor<f32>) -> tensor<f32>
    %6629 = "stablehlo.sqrt"(%6615) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6630 = "stablehlo.broadcast_in_dim"(%6628) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6631 = "stablehlo.divide"(%6629, %6630) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6632 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6633 = "stablehlo.broadcast_in_dim"(%6632) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6634 = "stablehlo.add"(%6631, %6633) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6635 = "stablehlo.divide"(%6627, %6634) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6636 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6637 = "stablehlo.multiply"(%6635, %6636) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6638 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6639 = "stablehlo.multiply"(%2599, %6638) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6640 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6641 = "stablehlo.add"(%6639, %6640) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6642 = "stablehlo.broadcast_in_dim"(%6641) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6643 = "stablehlo.multiply"(%arg90, %6642) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6644 = "stablehlo.subtract"(%6643, %6637) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6648 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6649 = "stablehlo.add"(%arg352, %6648) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6650 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6651 = "stablehlo.broadcast_in_dim"(%6650) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6652 = "stablehlo.multiply"(%arg350, %6651) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6653 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6654 = "stablehlo.broadcast_in_dim"(%6653) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6655 = "stablehlo.multiply"(%2575, %6654) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6656 = "stablehlo.add"(%6652, %6655) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6657 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6658 = "stablehlo.broadcast_in_dim"(%6657) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6659 = "stablehlo.multiply"(%arg351, %6658) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6660 = "stablehlo.multiply"(%2575, %2575) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6661 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6662 = "stablehlo.broadcast_in_dim"(%6661) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6663 = "stablehlo.multiply"(%6660, %6662) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6664 = "stablehlo.add"(%6659, %6663) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6665 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6666 = "stablehlo.power"(%6665, %6649) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6667 = "stablehlo.negate"(%6666) : (tensor<f32>) -> tensor<f32>
    %6668 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6669 = "stablehlo.add"(%6667, %6668) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6670 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6671 = "stablehlo.power"(%6670, %6649) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6672 = "stablehlo.negate"(%6671) : (tensor<f32>) -> tensor<f32>
    %6673 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6674 = "stablehlo.add"(%6672, %6673) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6675 = "stablehlo.broadcast_in_dim"(%6669) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6676 = "stablehlo.divide"(%6656, %6675) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6677 = "stablehlo.sqrt"(%6674) : (tensor<f32>) -> tensor<f32>
    %6678 = "stablehlo.sqrt"(%6664) : (tensor<128xf32>) -> tensor<128xf32>
    %6679 = "stablehlo.broadcast_in_dim"(%6677) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6680 = "stablehlo.divide"(%6678, %6679) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6681 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6682 = "stablehlo.broadcast_in_dim"(%6681) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6683 = "stablehlo.add"(%6680, %6682) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6684 = "stablehlo.divide"(%6676, %6683) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6685 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6686 = "stablehlo.multiply"(%6684, %6685) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6687 = "stablehlo.subtract"(%arg91, %6686) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6691 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6692 = "stablehlo.add"(%arg355, %6691) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6693 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6694 = "stablehlo.broadcast_in_dim"(%6693) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6695 = "stablehlo.multiply"(%arg353, %6694) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6696 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6697 = "stablehlo.broadcast_in_dim"(%6696) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6698 = "stablehlo.multiply"(%2577, %6697) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6699 = "stablehlo.add"(%6695, %6698) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6700 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6701 = "stablehlo.broadcast_in_dim"(%6700) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6702 = "stablehlo.multiply"(%arg354, %6701) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6703 = "stablehlo.multiply"(%2577, %2577) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6704 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6705 = "stablehlo.broadcast_in_dim"(%6704) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6706 = "stablehlo.multiply"(%6703, %6705) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6707 = "stablehlo.add"(%6702, %6706) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6708 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6709 = "stablehlo.power"(%6708, %6692) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6710 = "stablehlo.negate"(%6709) : (tensor<f32>) -> tensor<f32>
    %6711 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6712 = "stablehlo.add"(%6710, %6711) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6713 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6714 = "stablehlo.power"(%6713, %6692) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6715 = "stablehlo.negate"(%6714) : (tensor<f32>) -> tensor<f32>
    %6716 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6717 = "stablehlo.add"(%6715, %6716) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6718 = "stablehlo.broadcast_in_dim"(%6712) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6719 = "stablehlo.divide"(%6699, %6718) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6720 = "stablehlo.sqrt"(%6717) : (tensor<f32>) -> tensor<f32>
    %6721 = "stablehlo.sqrt"(%6707) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %6722 = "stablehlo.broadcast_in_dim"(%6720) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6723 = "stablehlo.divide"(%6721, %6722) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6724 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6725 = "stablehlo.broadcast_in_dim"(%6724) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6726 = "stablehlo.add"(%6723, %6725) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6727 = "stablehlo.divide"(%6719, %6726) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6728 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6729 = "stablehlo.multiply"(%6727, %6728) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6730 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6731 = "stablehlo.multiply"(%2599, %6730) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6732 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6733 = "stablehlo.add"(%6731, %6732) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6734 = "stablehlo.broadcast_in_dim"(%6733) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6735 = "stablehlo.multiply"(%arg92, %6734) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6736 = "stablehlo.subtract"(%6735, %6729) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6740 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6741 = "stablehlo.add"(%arg358, %6740) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6742 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6743 = "stablehlo.broadcast_in_dim"(%6742) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6744 = "stablehlo.multiply"(%arg356, %6743) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6745 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6746 = "stablehlo.broadcast_in_dim"(%6745) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6747 = "stablehlo.multiply"(%2579, %6746) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6748 = "stablehlo.add"(%6744, %6747) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6749 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6750 = "stablehlo.broadcast_in_dim"(%6749) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6751 = "stablehlo.multiply"(%arg357, %6750) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6752 = "stablehlo.multiply"(%2579, %2579) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6753 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6754 = "stablehlo.broadcast_in_dim"(%6753) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6755 = "stablehlo.multiply"(%6752, %6754) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6756 = "stablehlo.add"(%6751, %6755) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6757 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6758 = "stablehlo.power"(%6757, %6741) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6759 = "stablehlo.negate"(%6758) : (tensor<f32>) -> tensor<f32>
    %6760 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6761 = "stablehlo.add"(%6759, %6760) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6762 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6763 = "stablehlo.power"(%6762, %6741) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6764 = "stablehlo.negate"(%6763) : (tensor<f32>) -> tensor<f32>
    %6765 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6766 = "stablehlo.add"(%6764, %6765) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6767 = "stablehlo.broadcast_in_dim"(%6761) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6768 = "stablehlo.divide"(%6748, %6767) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6769 = "stablehlo.sqrt"(%6766) : (tensor<f32>) -> tensor<f32>
    %6770 = "stablehlo.sqrt"(%6756) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %6771 = "stablehlo.broadcast_in_dim"(%6769) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6772 = "stablehlo.divide"(%6770, %6771) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6773 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6774 = "stablehlo.broadcast_in_dim"(%6773) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6775 = "stablehlo.add"(%6772, %6774) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6776 = "stablehlo.divide"(%6768, %6775) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6777 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6778 = "stablehlo.multiply"(%6776, %6777) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6779 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6780 = "stablehlo.multiply"(%2599, %6779) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6781 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6782 = "stablehlo.add"(%6780, %6781) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6783 = "stablehlo.broadcast_in_dim"(%6782) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6784 = "stablehlo.multiply"(%arg93, %6783) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6785 = "stablehlo.subtract"(%6784, %6778) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6789 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6790 = "stablehlo.add"(%arg361, %6789) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6791 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6792 = "stablehlo.broadcast_in_dim"(%6791) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6793 = "stablehlo.multiply"(%arg359, %6792) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6794 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6795 = "stablehlo.broadcast_in_dim"(%6794) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6796 = "stablehlo.multiply"(%2581, %6795) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6797 = "stablehlo.add"(%6793, %6796) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6798 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6799 = "stablehlo.broadcast_in_dim"(%6798) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6800 = "stablehlo.multiply"(%arg360, %6799) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6801 = "stablehlo.multiply"(%2581, %2581) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6802 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6803 = "stablehlo.broadcast_in_dim"(%6802) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6804 = "stablehlo.multiply"(%6801, %6803) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6805 = "stablehlo.add"(%6800, %6804) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6806 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6807 = "stablehlo.power"(%6806, %6790) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6808 = "stablehlo.negate"(%6807) : (tensor<f32>) -> tensor<f32>
    %6809 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6810 = "stablehlo.add"(%6808, %6809) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6811 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6812 = "stablehlo.power"(%6811, %6790) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6813 = "stablehlo.negate"(%6812) : (tensor<f32>) -> tensor<f32>
    %6814 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6815 = "stablehlo.add"(%6813, %6814) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6816 = "stablehlo.broadcast_in_dim"(%6810) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6817 = "stablehlo.divide"(%6797, %6816) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6818 = "stablehlo.sqrt"(%6815) : (tensor<f32>) -> tensor<f32>
    %6819 = "stablehlo.sqrt"(%6805) : (tensor<128xf32>) -> tensor<128xf32>
    %6820 = "stablehlo.broadcast_in_dim"(%6818) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6821 = "stablehlo.divide"(%6819, %6820) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6822 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6823 = "stablehlo.broadcast_in_dim"(%6822) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6824 = "stablehlo.add"(%6821, %6823) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6825 = "stablehlo.divide"(%6817, %6824) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6826 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6827 = "stablehlo.multiply"(%6825, %6826) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6828 = "stablehlo.subtract"(%arg94, %6827) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    return %930, %2397, %2599, %2648, %2611, %2619, %2604, %2697, %2660, %2668, %2653, %2740, %2709, %2717, %2702, %2789, %2752, %2760, %2745, %2838, %2801, %2809, %2794, %2887, %2850, %2858, %2843, %2936, %2899, %2907, %2892, %2979, %2948, %2956, %2941, %3028, %2991, %2999, %2984, %3077, %3040, %3048, %3033, %3120, %3089, %3097, %3082, %3169, %3132, %3140, %3125, %3218, %3181, %3189, %3174, %3267, %3230, %3238, %3223, %3316, %3279, %3287, %3272, %3359, %3328, %3336, %3321, %3408, %3371, %3379, %3364, %3457, %3420, %3428, %3413, %3500, %3469, %3477, %3462, %3549, %3512, %3520, %3505, %3598, %3561, %3569, %3554, %3647, %3610, %3618, %3603, %3696, %3659, %3667, %3652, %3739, %3708, %3716, %3701, %3788, %3751, %3759, %3744, %3837, %3800, %3808, %3793, %3880, %3849, %3857, %3842, %3929, %3892, %3900, %3885, %3978, %3941, %3949, %3934, %4027, %3990, %3998, %3983, %4076, %4039, %4047, %4032, %4119, %4088, %4096, %4081, %4168, %4131, %4139, %4124, %4217, %4180, %4188, %4173, %4260, %4229, %4237, %4222, %4309, %4272, %4280, %4265, %4352, %4321, %4329, %4314, %4401, %4364, %4372, %4357, %4450, %4413, %4421, %4406, %4499, %4462, %4470, %4455, %4548, %4511, %4519, %4504, %4591, %4560, %4568, %4553, %4640, %4603, %4611, %4596, %4689, %4652, %4660, %4645, %4738, %4701, %4709, %4694, %4787, %4750, %4758, %4743, %4830, %4799, %4807, %4792, %4879, %4842, %4850, %4835, %4928, %4891, %4899, %4884, %4971, %4940, %4948, %4933, %5020, %4983, %4991, %4976, %5069, %5032, %5040, %5025, %5118, %5081, %5089, %5074, %5167, %5130, %5138, %5123, %5210, %5179, %5187, %5172, %5259, %5222, %5230, %5215, %5308, %5271, %5279, %5264, %5357, %5320, %5328, %5313, %5406, %5369, %5377, %5362, %5449, %5418, %5426, %5411, %5498, %5461, %5469, %5454, %5547, %5510, %5518, %5503, %5590, %5559, %5567, %5552, %5639, %5602, %5610, %5595, %5688, %5651, %5659, %5644, %5737, %5700, %5708, %5693, %5786, %5749, %5757, %5742, %5829, %5798, %5806, %5791, %5878, %5841, %5849, %5834, %5927, %5890, %5898, %5883, %5976, %5939, %5947, %5932, %6025, %5988, %5996, %5981, %6068, %6037, %6045, %6030, %6117, %6080, %6088, %6073, %6166, %6129, %6137, %6122, %6209, %6178, %6186, %6171, %6258, %6221, %6229, %6214, %6307, %6270, %6278, %6263, %6356, %6319, %6327, %6312, %6405, %6368, %6376, %6361, %6448, %6417, %6425, %6410, %6497, %6460, %6468, %6453, %6546, %6509, %6517, %6502, %6595, %6558, %6566, %6551, %6644, %6607, %6615, %6600, %6687, %6656, %6664, %6649, %6736, %6699, %6707, %6692, %6785, %6748, %6756, %6741, %6828, %6797, %6805, %6790 : tensor<f32>, tensor<f32>, tensor<f32>, tensor<32128x128xf32>, tensor<32128x128xf32>, tensor<32128x128xf32>, tensor<f32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>
  }
}
