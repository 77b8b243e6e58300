module @trec_train_step attributes {mhlo.num_replicas = 1 : i32, mhlo.num_partitions = 1 : i32} {
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
    %896 = "stablehlo.dot_general"(%arg6, %895) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<32128x128xf32>, tensor<96x128xf32>) -> tensor<32128x96xf32>
    %897 = "stablehlo.reshape"(%arg3) : (tensor<32x3xi32>) -> tensor<96xi32>
    %n898_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %898 = "stablehlo.reduce"(%896, %n898_init) ({
    ^bb0(%n898_a: tensor<f32>, %n898_b: tensor<f32>):
      %n898_r = "stablehlo.maximum"(%n898_a, %n898_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n898_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x96xf32>, tensor<f32>) -> tensor<96xf32>
    %899 = "stablehlo.reshape"(%898) : (tensor<96xf32>) -> tensor<1x96xf32>
    %900 = "stablehlo.broadcast_in_dim"(%899) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x96xf32>) -> tensor<32128x96xf32>
    %901 = "stablehlo.subtract"(%896, %900) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %902 = "stablehlo.exponential"(%901) : (tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %n903_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %903 = "stablehlo.reduce"(%902, %n903_init) ({
    ^bb0(%n903_a: tensor<f32>, %n903_b: tensor<f32>):
      %n903_r = "stablehlo.add"(%n903_a, %n903_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n903_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x96xf32>, tensor<f32>) -> tensor<96xf32>
    %904 = "stablehlo.reshape"(%903) : (tensor<96xf32>) -> tensor<1x96xf32>
    %905 = "stablehlo.log"(%904) : (tensor<1x96xf32>) -> tensor<1x96xf32>
    %906 = "stablehlo.broadcast_in_dim"(%905) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x96xf32>) -> tensor<32128x96xf32>
    %907 = "stablehlo.subtract"(%901, %906) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %908 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<32128x96xi32>
    %909 = "stablehlo.broadcast_in_dim"(%897) {broadcast_dimensions = array<i64: 1>} : (tensor<96xi32>) -> tensor<32128x96xi32>
    %910 = "stablehlo.compare"(%908, %909) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<32128x96xi32>, tensor<32128x96xi32>) -> tensor<32128x96xi1>
    %911 = "stablehlo.convert"(%910) : (tensor<32128x96xi1>) -> tensor<32128x96xf32>
    %912 = "stablehlo.multiply"(%911, %907) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %n913_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %913 = "stablehlo.reduce"(%912, %n913_init) ({
    ^bb0(%n913_a: tensor<f32>, %n913_b: tensor<f32>):
      %n913_r = "stablehlo.add"(%n913_a, %n913_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n913_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x96xf32>, tensor<f32>) -> tensor<96xf32>
    %914 = "stablehlo.negate"(%913) : (tensor<96xf32>) -> tensor<96xf32>
    %915 = stablehlo.constant dense<0> : tensor<i32>
    %916 = "stablehlo.broadcast_in_dim"(%915) {broadcast_dimensions = array<i64>} : (tensor<i32>) -> tensor<96xi32>
    %917 = "stablehlo.compare"(%897, %916) {comparison_direction = #stablehlo<comparison_direction NE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<96xi32>, tensor<96xi32>) -> tensor<96xi1>
    %918 = "stablehlo.convert"(%917) : (tensor<96xi1>) -> tensor<96xf32>
    %919 = "stablehlo.multiply"(%914, %918) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %n920_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %920 = "stablehlo.reduce"(%919, %n920_init) ({
    ^bb0(%n920_a: tensor<f32>, %n920_b: tensor<f32>):
      %n920_r = "stablehlo.add"(%n920_a, %n920_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n920_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %n921_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %921 = "stablehlo.reduce"(%918, %n921_init) ({
    ^bb0(%n921_a: tensor<f32>, %n921_b: tensor<f32>):
      %n921_r = "stablehlo.add"(%n921_a, %n921_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n921_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %922 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %923 = "stablehlo.maximum"(%921, %922) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %924 = "stablehlo.divide"(%920, %923) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %925 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %926 = "stablehlo.divide"(%925, %923) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %927 = "stablehlo.broadcast_in_dim"(%926) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %928 = "stablehlo.multiply"(%927, %918) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %929 = "stablehlo.negate"(%928) : (tensor<96xf32>) -> tensor<96xf32>
    %930 = "stablehlo.broadcast_in_dim"(%929) {broadcast_dimensions = array<i64: 1>} : (tensor<96xf32>) -> tensor<32128x96xf32>
    %931 = "stablehlo.multiply"(%930, %911) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %932 = "stablehlo.negate"(%931) : (tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %n933_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %933 = "stablehlo.reduce"(%932, %n933_init) ({
    ^bb0(%n933_a: tensor<f32>, %n933_b: tensor<f32>):
      %n933_r = "stablehlo.add"(%n933_a, %n933_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n933_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x96xf32>, tensor<f32>) -> tensor<96xf32>
    %934 = "stablehlo.reshape"(%933) : (tensor<96xf32>) -> tensor<1x96xf32>
    %935 = "stablehlo.divide"(%934, %904) : (tensor<1x96xf32>, tensor<1x96xf32>) -> tensor<1x96xf32>
    %936 = "stablehlo.reshape"(%935) : (tensor<1x96xf32>) -> tensor<96xf32>
    %937 = "stablehlo.broadcast_in_dim"(%936) {broadcast_dimensions = array<i64: 1>} : (tensor<96xf32>) -> tensor<32128x96xf32>
    %938 = "stablehlo.multiply"(%937, %902) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %939 = "stablehlo.add"(%931, %938) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %940 = "stablehlo.negate"(%939) : (tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %n941_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %941 = "stablehlo.reduce"(%940, %n941_init) ({
    ^bb0(%n941_a: tensor<f32>, %n941_b: tensor<f32>):
      %n941_r = "stablehlo.add"(%n941_a, %n941_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n941_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x96xf32>, tensor<f32>) -> tensor<96xf32>
    %942 = "stablehlo.reshape"(%941) : (tensor<96xf32>) -> tensor<1x96xf32>
    %943 = "stablehlo.reshape"(%942) : (tensor<1x96xf32>) -> tensor<96xf32>
    %944 = "stablehlo.broadcast_in_dim"(%898) {broadcast_dimensions = array<i64: 1>} : (tensor<96xf32>) -> tensor<32128x96xf32>
    %945 = "stablehlo.compare"(%896, %944) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xi1>
    %946 = "stablehlo.convert"(%945) : (tensor<32128x96xi1>) -> tensor<32128x96xf32>
    %n947_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %947 = "stablehlo.reduce"(%946, %n947_init) ({
    ^bb0(%n947_a: tensor<f32>, %n947_b: tensor<f32>):
      %n947_r = "stablehlo.add"(%n947_a, %n947_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n947_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x96xf32>, tensor<f32>) -> tensor<96xf32>
    %948 = "stablehlo.divide"(%943, %947) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %949 = "stablehlo.broadcast_in_dim"(%948) {broadcast_dimensions = array<i64: 1>} : (tensor<96xf32>) -> tensor<32128x96xf32>
    %950 = "stablehlo.multiply"(%949, %946) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %951 = "stablehlo.add"(%939, %950) : (tensor<32128x96xf32>, tensor<32128x96xf32>) -> tensor<32128x96xf32>
    %952 = "stablehlo.dot_general"(%951, %895) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<32128x96xf32>, tensor<96x128xf32>) -> tensor<32128x128xf32>
    %953 = "stablehlo.dot_general"(%951, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<32128x96xf32>, tensor<32128x128xf32>) -> tensor<96x128xf32>
    %954 = "stablehlo.reshape"(%953) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %955 = "stablehlo.multiply"(%954, %893) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %956 = "stablehlo.multiply"(%955, %890) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %957 = "stablehlo.multiply"(%955, %889) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n958_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %958 = "stablehlo.reduce"(%957, %n958_init) ({
    ^bb0(%n958_a: tensor<f32>, %n958_b: tensor<f32>):
      %n958_r = "stablehlo.add"(%n958_a, %n958_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n958_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %959 = "stablehlo.multiply"(%956, %888) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %960 = "stablehlo.multiply"(%956, %876) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n961_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %961 = "stablehlo.reduce"(%960, %n961_init) ({
    ^bb0(%n961_a: tensor<f32>, %n961_b: tensor<f32>):
      %n961_r = "stablehlo.add"(%n961_a, %n961_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n961_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %962 = "stablehlo.reshape"(%961) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %963 = "stablehlo.divide"(%887, %886) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %964 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %965 = "stablehlo.broadcast_in_dim"(%964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %966 = "stablehlo.multiply"(%963, %965) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %967 = "stablehlo.multiply"(%962, %966) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %968 = "stablehlo.multiply"(%967, %882) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %969 = "stablehlo.reshape"(%968) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %970 = "stablehlo.broadcast_in_dim"(%969) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %971 = "stablehlo.multiply"(%970, %876) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %972 = "stablehlo.multiply"(%970, %876) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %973 = "stablehlo.add"(%959, %971) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %974 = "stablehlo.add"(%973, %972) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %975 = "stablehlo.reshape"(%974) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %976 = "stablehlo.dot_general"(%975, %arg92) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x512xf32>) -> tensor<96x512xf32>
    %977 = "stablehlo.dot_general"(%975, %873) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x512xf32>) -> tensor<128x512xf32>
    %978 = "stablehlo.reshape"(%976) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %979 = "stablehlo.compare"(%869, %871) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %980 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %981 = "stablehlo.select"(%979, %978, %980) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %982 = "stablehlo.reshape"(%981) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %983 = "stablehlo.dot_general"(%982, %arg93) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<512x128xf32>) -> tensor<96x128xf32>
    %984 = "stablehlo.dot_general"(%982, %867) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<96x128xf32>) -> tensor<512x128xf32>
    %985 = "stablehlo.reshape"(%983) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %986 = "stablehlo.multiply"(%985, %863) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %987 = "stablehlo.multiply"(%985, %862) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n988_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %988 = "stablehlo.reduce"(%987, %n988_init) ({
    ^bb0(%n988_a: tensor<f32>, %n988_b: tensor<f32>):
      %n988_r = "stablehlo.add"(%n988_a, %n988_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n988_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %989 = "stablehlo.multiply"(%986, %861) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %990 = "stablehlo.multiply"(%986, %849) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %991 = "stablehlo.add"(%974, %989) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n992_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %992 = "stablehlo.reduce"(%990, %n992_init) ({
    ^bb0(%n992_a: tensor<f32>, %n992_b: tensor<f32>):
      %n992_r = "stablehlo.add"(%n992_a, %n992_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n992_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %993 = "stablehlo.reshape"(%992) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %994 = "stablehlo.divide"(%860, %859) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %995 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %996 = "stablehlo.broadcast_in_dim"(%995) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %997 = "stablehlo.multiply"(%994, %996) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %998 = "stablehlo.multiply"(%993, %997) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %999 = "stablehlo.multiply"(%998, %855) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1000 = "stablehlo.reshape"(%999) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1001 = "stablehlo.broadcast_in_dim"(%1000) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1002 = "stablehlo.multiply"(%1001, %849) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1003 = "stablehlo.multiply"(%1001, %849) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1004 = "stablehlo.add"(%991, %1002) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1005 = "stablehlo.add"(%1004, %1003) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1006 = "stablehlo.reshape"(%1005) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1007 = "stablehlo.dot_general"(%1006, %arg90) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1008 = "stablehlo.dot_general"(%1006, %846) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1009 = "stablehlo.reshape"(%1007) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1010 = "stablehlo.reshape"(%1009) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1011 = "stablehlo.transpose"(%1010) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1012 = "stablehlo.dot_general"(%1011, %830) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1013 = "stablehlo.dot_general"(%1011, %842) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1014 = "stablehlo.transpose"(%1013) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1015 = "stablehlo.divide"(%1012, %841) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1016 = "stablehlo.multiply"(%1015, %842) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1017 = "stablehlo.negate"(%1016) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1018_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1018 = "stablehlo.reduce"(%1017, %n1018_init) ({
    ^bb0(%n1018_a: tensor<f32>, %n1018_b: tensor<f32>):
      %n1018_r = "stablehlo.add"(%n1018_a, %n1018_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1018_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1019 = "stablehlo.reshape"(%1018) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1020 = "stablehlo.reshape"(%1019) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1021 = "stablehlo.broadcast_in_dim"(%1020) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1022 = "stablehlo.add"(%1015, %1021) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1023 = "stablehlo.multiply"(%1022, %838) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1024 = "stablehlo.negate"(%1023) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1025_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1025 = "stablehlo.reduce"(%1024, %n1025_init) ({
    ^bb0(%n1025_a: tensor<f32>, %n1025_b: tensor<f32>):
      %n1025_r = "stablehlo.add"(%n1025_a, %n1025_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1025_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1026 = "stablehlo.reshape"(%1025) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1027 = "stablehlo.reshape"(%1026) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1028 = "stablehlo.broadcast_in_dim"(%834) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1029 = "stablehlo.compare"(%833, %1028) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1030 = "stablehlo.convert"(%1029) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1031_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1031 = "stablehlo.reduce"(%1030, %n1031_init) ({
    ^bb0(%n1031_a: tensor<f32>, %n1031_b: tensor<f32>):
      %n1031_r = "stablehlo.add"(%n1031_a, %n1031_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1031_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1032 = "stablehlo.divide"(%1027, %1031) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1033 = "stablehlo.broadcast_in_dim"(%1032) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1034 = "stablehlo.multiply"(%1033, %1030) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1035 = "stablehlo.add"(%1023, %1034) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1036 = "stablehlo.dot_general"(%1035, %826) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1037 = "stablehlo.transpose"(%1036) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1038 = "stablehlo.dot_general"(%1035, %822) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1039 = "stablehlo.transpose"(%1038) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1040 = "stablehlo.reshape"(%1014) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1041 = "stablehlo.reshape"(%1040) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1042 = "stablehlo.dot_general"(%1041, %arg89) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1043 = "stablehlo.dot_general"(%1041, %827) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1044 = "stablehlo.reshape"(%1042) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1045 = "stablehlo.reshape"(%1039) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1046 = "stablehlo.reshape"(%1045) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1047 = "stablehlo.dot_general"(%1046, %arg88) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1048 = "stablehlo.dot_general"(%1046, %823) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1049 = "stablehlo.reshape"(%1047) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1050 = "stablehlo.add"(%1044, %1049) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1051 = "stablehlo.reshape"(%1037) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1052 = "stablehlo.reshape"(%1051) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1053 = "stablehlo.dot_general"(%1052, %arg87) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1054 = "stablehlo.dot_general"(%1052, %819) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1055 = "stablehlo.reshape"(%1053) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1056 = "stablehlo.multiply"(%1055, %813) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1057 = "stablehlo.multiply"(%1055, %812) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1058_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1058 = "stablehlo.reduce"(%1057, %n1058_init) ({
    ^bb0(%n1058_a: tensor<f32>, %n1058_b: tensor<f32>):
      %n1058_r = "stablehlo.add"(%n1058_a, %n1058_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1058_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1059 = "stablehlo.multiply"(%1056, %811) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1060 = "stablehlo.multiply"(%1056, %799) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1061 = "stablehlo.add"(%1005, %1059) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1062_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1062 = "stablehlo.reduce"(%1060, %n1062_init) ({
    ^bb0(%n1062_a: tensor<f32>, %n1062_b: tensor<f32>):
      %n1062_r = "stablehlo.add"(%n1062_a, %n1062_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1062_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1063 = "stablehlo.reshape"(%1062) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1064 = "stablehlo.divide"(%810, %809) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1065 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1066 = "stablehlo.broadcast_in_dim"(%1065) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1067 = "stablehlo.multiply"(%1064, %1066) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1068 = "stablehlo.multiply"(%1063, %1067) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1069 = "stablehlo.multiply"(%1068, %805) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1070 = "stablehlo.reshape"(%1069) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1071 = "stablehlo.broadcast_in_dim"(%1070) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1072 = "stablehlo.multiply"(%1071, %799) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1073 = "stablehlo.multiply"(%1071, %799) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1074 = "stablehlo.add"(%1061, %1072) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1075 = "stablehlo.add"(%1074, %1073) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1076 = "stablehlo.reshape"(%1075) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1077 = "stablehlo.dot_general"(%1076, %arg85) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1078 = "stablehlo.dot_general"(%1076, %796) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1079 = "stablehlo.reshape"(%1077) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1080 = "stablehlo.reshape"(%1079) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1081 = "stablehlo.transpose"(%1080) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1082 = "stablehlo.dot_general"(%1081, %780) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1083 = "stablehlo.dot_general"(%1081, %792) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1084 = "stablehlo.transpose"(%1083) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1085 = "stablehlo.divide"(%1082, %791) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1086 = "stablehlo.multiply"(%1085, %792) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1087 = "stablehlo.negate"(%1086) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1088_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1088 = "stablehlo.reduce"(%1087, %n1088_init) ({
    ^bb0(%n1088_a: tensor<f32>, %n1088_b: tensor<f32>):
      %n1088_r = "stablehlo.add"(%n1088_a, %n1088_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1088_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1089 = "stablehlo.reshape"(%1088) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1090 = "stablehlo.reshape"(%1089) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1091 = "stablehlo.broadcast_in_dim"(%1090) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1092 = "stablehlo.add"(%1085, %1091) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1093 = "stablehlo.multiply"(%1092, %788) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1094 = "stablehlo.negate"(%1093) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1095_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1095 = "stablehlo.reduce"(%1094, %n1095_init) ({
    ^bb0(%n1095_a: tensor<f32>, %n1095_b: tensor<f32>):
      %n1095_r = "stablehlo.add"(%n1095_a, %n1095_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1095_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1096 = "stablehlo.reshape"(%1095) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1097 = "stablehlo.reshape"(%1096) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1098 = "stablehlo.broadcast_in_dim"(%784) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1099 = "stablehlo.compare"(%783, %1098) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1100 = "stablehlo.convert"(%1099) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1101_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1101 = "stablehlo.reduce"(%1100, %n1101_init) ({
    ^bb0(%n1101_a: tensor<f32>, %n1101_b: tensor<f32>):
      %n1101_r = "stablehlo.add"(%n1101_a, %n1101_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1101_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1102 = "stablehlo.divide"(%1097, %1101) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1103 = "stablehlo.broadcast_in_dim"(%1102) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1104 = "stablehlo.multiply"(%1103, %1100) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1105 = "stablehlo.add"(%1093, %1104) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1106_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1106 = "stablehlo.reduce"(%1105, %n1106_init) ({
    ^bb0(%n1106_a: tensor<f32>, %n1106_b: tensor<f32>):
      %n1106_r = "stablehlo.add"(%n1106_a, %n1106_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1106_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1107 = "stablehlo.reshape"(%1106) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1108 = "stablehlo.dot_general"(%1105, %776) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1109 = "stablehlo.transpose"(%1108) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1110 = "stablehlo.dot_general"(%1105, %772) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1111 = "stablehlo.transpose"(%1110) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1112 = "stablehlo.reshape"(%1084) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1113 = "stablehlo.reshape"(%1112) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1114 = "stablehlo.dot_general"(%1113, %arg84) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1115 = "stablehlo.dot_general"(%1113, %777) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1116 = "stablehlo.reshape"(%1114) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1117 = "stablehlo.reshape"(%1111) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1118 = "stablehlo.reshape"(%1117) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1119 = "stablehlo.dot_general"(%1118, %arg83) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1120 = "stablehlo.dot_general"(%1118, %773) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1121 = "stablehlo.reshape"(%1119) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1122 = "stablehlo.add"(%1116, %1121) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1123 = "stablehlo.reshape"(%1109) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1124 = "stablehlo.reshape"(%1123) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1125 = "stablehlo.dot_general"(%1124, %arg82) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1126 = "stablehlo.dot_general"(%1124, %769) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1127 = "stablehlo.reshape"(%1125) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1128 = "stablehlo.add"(%1122, %1127) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1129 = "stablehlo.multiply"(%1128, %763) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1130 = "stablehlo.multiply"(%1128, %762) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1131_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1131 = "stablehlo.reduce"(%1130, %n1131_init) ({
    ^bb0(%n1131_a: tensor<f32>, %n1131_b: tensor<f32>):
      %n1131_r = "stablehlo.add"(%n1131_a, %n1131_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1131_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1132 = "stablehlo.multiply"(%1129, %761) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1133 = "stablehlo.multiply"(%1129, %749) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1134 = "stablehlo.add"(%1075, %1132) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1135_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1135 = "stablehlo.reduce"(%1133, %n1135_init) ({
    ^bb0(%n1135_a: tensor<f32>, %n1135_b: tensor<f32>):
      %n1135_r = "stablehlo.add"(%n1135_a, %n1135_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1135_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1136 = "stablehlo.reshape"(%1135) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1137 = "stablehlo.divide"(%760, %759) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1138 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1139 = "stablehlo.broadcast_in_dim"(%1138) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1140 = "stablehlo.multiply"(%1137, %1139) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1141 = "stablehlo.multiply"(%1136, %1140) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1142 = "stablehlo.multiply"(%1141, %755) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1143 = "stablehlo.reshape"(%1142) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1144 = "stablehlo.broadcast_in_dim"(%1143) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1145 = "stablehlo.multiply"(%1144, %749) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1146 = "stablehlo.multiply"(%1144, %749) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1147 = "stablehlo.add"(%1134, %1145) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1148 = "stablehlo.add"(%1147, %1146) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1149 = "stablehlo.reshape"(%1148) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1150 = "stablehlo.dot_general"(%1149, %arg79) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x512xf32>) -> tensor<96x512xf32>
    %1151 = "stablehlo.dot_general"(%1149, %746) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x512xf32>) -> tensor<128x512xf32>
    %1152 = "stablehlo.reshape"(%1150) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %1153 = "stablehlo.compare"(%742, %744) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %1154 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %1155 = "stablehlo.select"(%1153, %1152, %1154) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %1156 = "stablehlo.reshape"(%1155) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %1157 = "stablehlo.dot_general"(%1156, %arg80) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<512x128xf32>) -> tensor<96x128xf32>
    %1158 = "stablehlo.dot_general"(%1156, %740) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<96x128xf32>) -> tensor<512x128xf32>
    %1159 = "stablehlo.reshape"(%1157) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1160 = "stablehlo.multiply"(%1159, %736) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1161 = "stablehlo.multiply"(%1159, %735) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1162_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1162 = "stablehlo.reduce"(%1161, %n1162_init) ({
    ^bb0(%n1162_a: tensor<f32>, %n1162_b: tensor<f32>):
      %n1162_r = "stablehlo.add"(%n1162_a, %n1162_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1162_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1163 = "stablehlo.multiply"(%1160, %734) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1164 = "stablehlo.multiply"(%1160, %722) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1165 = "stablehlo.add"(%1148, %1163) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1166_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1166 = "stablehlo.reduce"(%1164, %n1166_init) ({
    ^bb0(%n1166_a: tensor<f32>, %n1166_b: tensor<f32>):
      %n1166_r = "stablehlo.add"(%n1166_a, %n1166_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1166_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1167 = "stablehlo.reshape"(%1166) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1168 = "stablehlo.divide"(%733, %732) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1169 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1170 = "stablehlo.broadcast_in_dim"(%1169) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1171 = "stablehlo.multiply"(%1168, %1170) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1172 = "stablehlo.multiply"(%1167, %1171) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1173 = "stablehlo.multiply"(%1172, %728) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1174 = "stablehlo.reshape"(%1173) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1175 = "stablehlo.broadcast_in_dim"(%1174) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1176 = "stablehlo.multiply"(%1175, %722) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1177 = "stablehlo.multiply"(%1175, %722) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1178 = "stablehlo.add"(%1165, %1176) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1179 = "stablehlo.add"(%1178, %1177) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1180 = "stablehlo.reshape"(%1179) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1181 = "stablehlo.dot_general"(%1180, %arg77) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1182 = "stablehlo.dot_general"(%1180, %719) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1183 = "stablehlo.reshape"(%1181) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1184 = "stablehlo.reshape"(%1183) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1185 = "stablehlo.transpose"(%1184) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1186 = "stablehlo.dot_general"(%1185, %703) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1187 = "stablehlo.dot_general"(%1185, %715) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1188 = "stablehlo.transpose"(%1187) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1189 = "stablehlo.divide"(%1186, %714) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1190 = "stablehlo.multiply"(%1189, %715) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1191 = "stablehlo.negate"(%1190) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1192_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1192 = "stablehlo.reduce"(%1191, %n1192_init) ({
    ^bb0(%n1192_a: tensor<f32>, %n1192_b: tensor<f32>):
      %n1192_r = "stablehlo.add"(%n1192_a, %n1192_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1192_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1193 = "stablehlo.reshape"(%1192) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1194 = "stablehlo.reshape"(%1193) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1195 = "stablehlo.broadcast_in_dim"(%1194) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1196 = "stablehlo.add"(%1189, %1195) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1197 = "stablehlo.multiply"(%1196, %711) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1198 = "stablehlo.negate"(%1197) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1199_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1199 = "stablehlo.reduce"(%1198, %n1199_init) ({
    ^bb0(%n1199_a: tensor<f32>, %n1199_b: tensor<f32>):
      %n1199_r = "stablehlo.add"(%n1199_a, %n1199_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1199_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1200 = "stablehlo.reshape"(%1199) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1201 = "stablehlo.reshape"(%1200) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1202 = "stablehlo.broadcast_in_dim"(%707) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1203 = "stablehlo.compare"(%706, %1202) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1204 = "stablehlo.convert"(%1203) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1205_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1205 = "stablehlo.reduce"(%1204, %n1205_init) ({
    ^bb0(%n1205_a: tensor<f32>, %n1205_b: tensor<f32>):
      %n1205_r = "stablehlo.add"(%n1205_a, %n1205_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1205_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1206 = "stablehlo.divide"(%1201, %1205) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1207 = "stablehlo.broadcast_in_dim"(%1206) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1208 = "stablehlo.multiply"(%1207, %1204) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1209 = "stablehlo.add"(%1197, %1208) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1210 = "stablehlo.dot_general"(%1209, %699) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1211 = "stablehlo.transpose"(%1210) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1212 = "stablehlo.dot_general"(%1209, %695) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1213 = "stablehlo.transpose"(%1212) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1214 = "stablehlo.reshape"(%1188) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1215 = "stablehlo.reshape"(%1214) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1216 = "stablehlo.dot_general"(%1215, %arg76) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1217 = "stablehlo.dot_general"(%1215, %700) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1218 = "stablehlo.reshape"(%1216) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1219 = "stablehlo.add"(%1050, %1218) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1220 = "stablehlo.reshape"(%1213) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1221 = "stablehlo.reshape"(%1220) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1222 = "stablehlo.dot_general"(%1221, %arg75) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1223 = "stablehlo.dot_general"(%1221, %696) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1224 = "stablehlo.reshape"(%1222) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1225 = "stablehlo.add"(%1219, %1224) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1226 = "stablehlo.reshape"(%1211) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1227 = "stablehlo.reshape"(%1226) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1228 = "stablehlo.dot_general"(%1227, %arg74) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1229 = "stablehlo.dot_general"(%1227, %692) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1230 = "stablehlo.reshape"(%1228) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1231 = "stablehlo.multiply"(%1230, %686) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1232 = "stablehlo.multiply"(%1230, %685) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1233_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1233 = "stablehlo.reduce"(%1232, %n1233_init) ({
    ^bb0(%n1233_a: tensor<f32>, %n1233_b: tensor<f32>):
      %n1233_r = "stablehlo.add"(%n1233_a, %n1233_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1233_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1234 = "stablehlo.multiply"(%1231, %684) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1235 = "stablehlo.multiply"(%1231, %672) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1236 = "stablehlo.add"(%1179, %1234) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1237_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1237 = "stablehlo.reduce"(%1235, %n1237_init) ({
    ^bb0(%n1237_a: tensor<f32>, %n1237_b: tensor<f32>):
      %n1237_r = "stablehlo.add"(%n1237_a, %n1237_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1237_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1238 = "stablehlo.reshape"(%1237) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1239 = "stablehlo.divide"(%683, %682) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1240 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1241 = "stablehlo.broadcast_in_dim"(%1240) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1242 = "stablehlo.multiply"(%1239, %1241) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1243 = "stablehlo.multiply"(%1238, %1242) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1244 = "stablehlo.multiply"(%1243, %678) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1245 = "stablehlo.reshape"(%1244) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1246 = "stablehlo.broadcast_in_dim"(%1245) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1247 = "stablehlo.multiply"(%1246, %672) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1248 = "stablehlo.multiply"(%1246, %672) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1249 = "stablehlo.add"(%1236, %1247) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1250 = "stablehlo.add"(%1249, %1248) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1251 = "stablehlo.reshape"(%1250) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1252 = "stablehlo.dot_general"(%1251, %arg72) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1253 = "stablehlo.dot_general"(%1251, %669) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1254 = "stablehlo.reshape"(%1252) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1255 = "stablehlo.reshape"(%1254) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1256 = "stablehlo.transpose"(%1255) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1257 = "stablehlo.dot_general"(%1256, %653) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1258 = "stablehlo.dot_general"(%1256, %665) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1259 = "stablehlo.transpose"(%1258) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1260 = "stablehlo.divide"(%1257, %664) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1261 = "stablehlo.multiply"(%1260, %665) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1262 = "stablehlo.negate"(%1261) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1263_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1263 = "stablehlo.reduce"(%1262, %n1263_init) ({
    ^bb0(%n1263_a: tensor<f32>, %n1263_b: tensor<f32>):
      %n1263_r = "stablehlo.add"(%n1263_a, %n1263_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1263_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1264 = "stablehlo.reshape"(%1263) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1265 = "stablehlo.reshape"(%1264) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1266 = "stablehlo.broadcast_in_dim"(%1265) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1267 = "stablehlo.add"(%1260, %1266) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1268 = "stablehlo.multiply"(%1267, %661) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1269 = "stablehlo.negate"(%1268) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1270_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1270 = "stablehlo.reduce"(%1269, %n1270_init) ({
    ^bb0(%n1270_a: tensor<f32>, %n1270_b: tensor<f32>):
      %n1270_r = "stablehlo.add"(%n1270_a, %n1270_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1270_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1271 = "stablehlo.reshape"(%1270) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1272 = "stablehlo.reshape"(%1271) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1273 = "stablehlo.broadcast_in_dim"(%657) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1274 = "stablehlo.compare"(%656, %1273) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1275 = "stablehlo.convert"(%1274) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1276_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1276 = "stablehlo.reduce"(%1275, %n1276_init) ({
    ^bb0(%n1276_a: tensor<f32>, %n1276_b: tensor<f32>):
      %n1276_r = "stablehlo.add"(%n1276_a, %n1276_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1276_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1277 = "stablehlo.divide"(%1272, %1276) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1278 = "stablehlo.broadcast_in_dim"(%1277) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1279 = "stablehlo.multiply"(%1278, %1275) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1280 = "stablehlo.add"(%1268, %1279) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1281_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1281 = "stablehlo.reduce"(%1280, %n1281_init) ({
    ^bb0(%n1281_a: tensor<f32>, %n1281_b: tensor<f32>):
      %n1281_r = "stablehlo.add"(%n1281_a, %n1281_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1281_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1282 = "stablehlo.reshape"(%1281) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1283 = "stablehlo.add"(%1107, %1282) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1284 = "stablehlo.dot_general"(%1280, %649) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1285 = "stablehlo.transpose"(%1284) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1286 = "stablehlo.dot_general"(%1280, %645) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1287 = "stablehlo.transpose"(%1286) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1288 = "stablehlo.reshape"(%1259) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1289 = "stablehlo.reshape"(%1288) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1290 = "stablehlo.dot_general"(%1289, %arg71) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1291 = "stablehlo.dot_general"(%1289, %650) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1292 = "stablehlo.reshape"(%1290) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1293 = "stablehlo.reshape"(%1287) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1294 = "stablehlo.reshape"(%1293) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1295 = "stablehlo.dot_general"(%1294, %arg70) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1296 = "stablehlo.dot_general"(%1294, %646) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1297 = "stablehlo.reshape"(%1295) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1298 = "stablehlo.add"(%1292, %1297) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1299 = "stablehlo.reshape"(%1285) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1300 = "stablehlo.reshape"(%1299) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1301 = "stablehlo.dot_general"(%1300, %arg69) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1302 = "stablehlo.dot_general"(%1300, %642) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1303 = "stablehlo.reshape"(%1301) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1304 = "stablehlo.add"(%1298, %1303) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1305 = "stablehlo.multiply"(%1304, %636) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1306 = "stablehlo.multiply"(%1304, %635) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1307_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1307 = "stablehlo.reduce"(%1306, %n1307_init) ({
    ^bb0(%n1307_a: tensor<f32>, %n1307_b: tensor<f32>):
      %n1307_r = "stablehlo.add"(%n1307_a, %n1307_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1307_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1308 = "stablehlo.multiply"(%1305, %634) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1309 = "stablehlo.multiply"(%1305, %622) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1310 = "stablehlo.add"(%1250, %1308) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1311_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1311 = "stablehlo.reduce"(%1309, %n1311_init) ({
    ^bb0(%n1311_a: tensor<f32>, %n1311_b: tensor<f32>):
      %n1311_r = "stablehlo.add"(%n1311_a, %n1311_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1311_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1312 = "stablehlo.reshape"(%1311) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1313 = "stablehlo.divide"(%633, %632) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1314 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1315 = "stablehlo.broadcast_in_dim"(%1314) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1316 = "stablehlo.multiply"(%1313, %1315) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1317 = "stablehlo.multiply"(%1312, %1316) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1318 = "stablehlo.multiply"(%1317, %628) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1319 = "stablehlo.reshape"(%1318) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1320 = "stablehlo.broadcast_in_dim"(%1319) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1321 = "stablehlo.multiply"(%1320, %622) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1322 = "stablehlo.multiply"(%1320, %622) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1323 = "stablehlo.add"(%1310, %1321) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1324 = "stablehlo.add"(%1323, %1322) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1325 = "stablehlo.reshape"(%1324) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1326 = "stablehlo.dot_general"(%1325, %arg66) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x512xf32>) -> tensor<96x512xf32>
    %1327 = "stablehlo.dot_general"(%1325, %619) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x512xf32>) -> tensor<128x512xf32>
    %1328 = "stablehlo.reshape"(%1326) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %1329 = "stablehlo.compare"(%615, %617) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %1330 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %1331 = "stablehlo.select"(%1329, %1328, %1330) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %1332 = "stablehlo.reshape"(%1331) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %1333 = "stablehlo.dot_general"(%1332, %arg67) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<512x128xf32>) -> tensor<96x128xf32>
    %1334 = "stablehlo.dot_general"(%1332, %613) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<96x128xf32>) -> tensor<512x128xf32>
    %1335 = "stablehlo.reshape"(%1333) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1336 = "stablehlo.multiply"(%1335, %609) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1337 = "stablehlo.multiply"(%1335, %608) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1338_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1338 = "stablehlo.reduce"(%1337, %n1338_init) ({
    ^bb0(%n1338_a: tensor<f32>, %n1338_b: tensor<f32>):
      %n1338_r = "stablehlo.add"(%n1338_a, %n1338_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1338_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1339 = "stablehlo.multiply"(%1336, %607) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1340 = "stablehlo.multiply"(%1336, %595) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1341 = "stablehlo.add"(%1324, %1339) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1342_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1342 = "stablehlo.reduce"(%1340, %n1342_init) ({
    ^bb0(%n1342_a: tensor<f32>, %n1342_b: tensor<f32>):
      %n1342_r = "stablehlo.add"(%n1342_a, %n1342_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1342_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1343 = "stablehlo.reshape"(%1342) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1344 = "stablehlo.divide"(%606, %605) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1345 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1346 = "stablehlo.broadcast_in_dim"(%1345) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1347 = "stablehlo.multiply"(%1344, %1346) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1348 = "stablehlo.multiply"(%1343, %1347) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1349 = "stablehlo.multiply"(%1348, %601) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1350 = "stablehlo.reshape"(%1349) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1351 = "stablehlo.broadcast_in_dim"(%1350) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1352 = "stablehlo.multiply"(%1351, %595) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1353 = "stablehlo.multiply"(%1351, %595) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1354 = "stablehlo.add"(%1341, %1352) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1355 = "stablehlo.add"(%1354, %1353) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1356 = "stablehlo.reshape"(%1355) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1357 = "stablehlo.dot_general"(%1356, %arg64) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1358 = "stablehlo.dot_general"(%1356, %592) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1359 = "stablehlo.reshape"(%1357) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1360 = "stablehlo.reshape"(%1359) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1361 = "stablehlo.transpose"(%1360) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1362 = "stablehlo.dot_general"(%1361, %576) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1363 = "stablehlo.dot_general"(%1361, %588) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1364 = "stablehlo.transpose"(%1363) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1365 = "stablehlo.divide"(%1362, %587) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1366 = "stablehlo.multiply"(%1365, %588) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1367 = "stablehlo.negate"(%1366) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1368_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1368 = "stablehlo.reduce"(%1367, %n1368_init) ({
    ^bb0(%n1368_a: tensor<f32>, %n1368_b: tensor<f32>):
      %n1368_r = "stablehlo.add"(%n1368_a, %n1368_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1368_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1369 = "stablehlo.reshape"(%1368) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1370 = "stablehlo.reshape"(%1369) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1371 = "stablehlo.broadcast_in_dim"(%1370) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1372 = "stablehlo.add"(%1365, %1371) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1373 = "stablehlo.multiply"(%1372, %584) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1374 = "stablehlo.negate"(%1373) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1375_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1375 = "stablehlo.reduce"(%1374, %n1375_init) ({
    ^bb0(%n1375_a: tensor<f32>, %n1375_b: tensor<f32>):
      %n1375_r = "stablehlo.add"(%n1375_a, %n1375_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1375_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1376 = "stablehlo.reshape"(%1375) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1377 = "stablehlo.reshape"(%1376) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1378 = "stablehlo.broadcast_in_dim"(%580) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1379 = "stablehlo.compare"(%579, %1378) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1380 = "stablehlo.convert"(%1379) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1381_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1381 = "stablehlo.reduce"(%1380, %n1381_init) ({
    ^bb0(%n1381_a: tensor<f32>, %n1381_b: tensor<f32>):
      %n1381_r = "stablehlo.add"(%n1381_a, %n1381_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1381_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1382 = "stablehlo.divide"(%1377, %1381) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1383 = "stablehlo.broadcast_in_dim"(%1382) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1384 = "stablehlo.multiply"(%1383, %1380) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1385 = "stablehlo.add"(%1373, %1384) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1386 = "stablehlo.dot_general"(%1385, %572) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1387 = "stablehlo.transpose"(%1386) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1388 = "stablehlo.dot_general"(%1385, %568) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1389 = "stablehlo.transpose"(%1388) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1390 = "stablehlo.reshape"(%1364) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1391 = "stablehlo.reshape"(%1390) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1392 = "stablehlo.dot_general"(%1391, %arg63) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1393 = "stablehlo.dot_general"(%1391, %573) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1394 = "stablehlo.reshape"(%1392) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1395 = "stablehlo.add"(%1225, %1394) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1396 = "stablehlo.reshape"(%1389) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1397 = "stablehlo.reshape"(%1396) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1398 = "stablehlo.dot_general"(%1397, %arg62) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1399 = "stablehlo.dot_general"(%1397, %569) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1400 = "stablehlo.reshape"(%1398) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1401 = "stablehlo.add"(%1395, %1400) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1402 = "stablehlo.reshape"(%1387) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1403 = "stablehlo.reshape"(%1402) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1404 = "stablehlo.dot_general"(%1403, %arg61) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1405 = "stablehlo.dot_general"(%1403, %565) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1406 = "stablehlo.reshape"(%1404) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1407 = "stablehlo.multiply"(%1406, %559) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1408 = "stablehlo.multiply"(%1406, %558) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1409_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1409 = "stablehlo.reduce"(%1408, %n1409_init) ({
    ^bb0(%n1409_a: tensor<f32>, %n1409_b: tensor<f32>):
      %n1409_r = "stablehlo.add"(%n1409_a, %n1409_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1409_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1410 = "stablehlo.multiply"(%1407, %557) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1411 = "stablehlo.multiply"(%1407, %545) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1412 = "stablehlo.add"(%1355, %1410) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1413_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1413 = "stablehlo.reduce"(%1411, %n1413_init) ({
    ^bb0(%n1413_a: tensor<f32>, %n1413_b: tensor<f32>):
      %n1413_r = "stablehlo.add"(%n1413_a, %n1413_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1413_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1414 = "stablehlo.reshape"(%1413) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1415 = "stablehlo.divide"(%556, %555) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1416 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1417 = "stablehlo.broadcast_in_dim"(%1416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1418 = "stablehlo.multiply"(%1415, %1417) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1419 = "stablehlo.multiply"(%1414, %1418) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1420 = "stablehlo.multiply"(%1419, %551) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1421 = "stablehlo.reshape"(%1420) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1422 = "stablehlo.broadcast_in_dim"(%1421) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1423 = "stablehlo.multiply"(%1422, %545) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1424 = "stablehlo.multiply"(%1422, %545) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1425 = "stablehlo.add"(%1412, %1423) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1426 = "stablehlo.add"(%1425, %1424) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1427 = "stablehlo.reshape"(%1426) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1428 = "stablehlo.dot_general"(%1427, %arg59) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1429 = "stablehlo.dot_general"(%1427, %542) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1430 = "stablehlo.reshape"(%1428) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1431 = "stablehlo.reshape"(%1430) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1432 = "stablehlo.transpose"(%1431) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1433 = "stablehlo.dot_general"(%1432, %526) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1434 = "stablehlo.dot_general"(%1432, %538) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1435 = "stablehlo.transpose"(%1434) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1436 = "stablehlo.divide"(%1433, %537) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1437 = "stablehlo.multiply"(%1436, %538) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1438 = "stablehlo.negate"(%1437) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1439_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1439 = "stablehlo.reduce"(%1438, %n1439_init) ({
    ^bb0(%n1439_a: tensor<f32>, %n1439_b: tensor<f32>):
      %n1439_r = "stablehlo.add"(%n1439_a, %n1439_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1439_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1440 = "stablehlo.reshape"(%1439) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1441 = "stablehlo.reshape"(%1440) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1442 = "stablehlo.broadcast_in_dim"(%1441) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1443 = "stablehlo.add"(%1436, %1442) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1444 = "stablehlo.multiply"(%1443, %534) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1445 = "stablehlo.negate"(%1444) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1446_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1446 = "stablehlo.reduce"(%1445, %n1446_init) ({
    ^bb0(%n1446_a: tensor<f32>, %n1446_b: tensor<f32>):
      %n1446_r = "stablehlo.add"(%n1446_a, %n1446_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1446_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1447 = "stablehlo.reshape"(%1446) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1448 = "stablehlo.reshape"(%1447) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1449 = "stablehlo.broadcast_in_dim"(%530) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1450 = "stablehlo.compare"(%529, %1449) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1451 = "stablehlo.convert"(%1450) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1452_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1452 = "stablehlo.reduce"(%1451, %n1452_init) ({
    ^bb0(%n1452_a: tensor<f32>, %n1452_b: tensor<f32>):
      %n1452_r = "stablehlo.add"(%n1452_a, %n1452_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1452_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1453 = "stablehlo.divide"(%1448, %1452) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1454 = "stablehlo.broadcast_in_dim"(%1453) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1455 = "stablehlo.multiply"(%1454, %1451) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1456 = "stablehlo.add"(%1444, %1455) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1457_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1457 = "stablehlo.reduce"(%1456, %n1457_init) ({
    ^bb0(%n1457_a: tensor<f32>, %n1457_b: tensor<f32>):
      %n1457_r = "stablehlo.add"(%n1457_a, %n1457_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1457_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1458 = "stablehlo.reshape"(%1457) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1459 = "stablehlo.add"(%1283, %1458) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1460 = "stablehlo.dot_general"(%1456, %522) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1461 = "stablehlo.transpose"(%1460) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1462 = "stablehlo.dot_general"(%1456, %518) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1463 = "stablehlo.transpose"(%1462) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1464 = "stablehlo.reshape"(%1435) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1465 = "stablehlo.reshape"(%1464) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1466 = "stablehlo.dot_general"(%1465, %arg58) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1467 = "stablehlo.dot_general"(%1465, %523) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1468 = "stablehlo.reshape"(%1466) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1469 = "stablehlo.reshape"(%1463) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1470 = "stablehlo.reshape"(%1469) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1471 = "stablehlo.dot_general"(%1470, %arg57) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1472 = "stablehlo.dot_general"(%1470, %519) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1473 = "stablehlo.reshape"(%1471) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1474 = "stablehlo.add"(%1468, %1473) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1475 = "stablehlo.reshape"(%1461) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1476 = "stablehlo.reshape"(%1475) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1477 = "stablehlo.dot_general"(%1476, %arg56) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1478 = "stablehlo.dot_general"(%1476, %515) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1479 = "stablehlo.reshape"(%1477) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1480 = "stablehlo.add"(%1474, %1479) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1481 = "stablehlo.multiply"(%1480, %509) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1482 = "stablehlo.multiply"(%1480, %508) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1483_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1483 = "stablehlo.reduce"(%1482, %n1483_init) ({
    ^bb0(%n1483_a: tensor<f32>, %n1483_b: tensor<f32>):
      %n1483_r = "stablehlo.add"(%n1483_a, %n1483_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1483_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1484 = "stablehlo.multiply"(%1481, %507) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1485 = "stablehlo.multiply"(%1481, %495) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1486 = "stablehlo.add"(%1426, %1484) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1487_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1487 = "stablehlo.reduce"(%1485, %n1487_init) ({
    ^bb0(%n1487_a: tensor<f32>, %n1487_b: tensor<f32>):
      %n1487_r = "stablehlo.add"(%n1487_a, %n1487_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1487_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1488 = "stablehlo.reshape"(%1487) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1489 = "stablehlo.divide"(%506, %505) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1490 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1491 = "stablehlo.broadcast_in_dim"(%1490) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1492 = "stablehlo.multiply"(%1489, %1491) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1493 = "stablehlo.multiply"(%1488, %1492) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1494 = "stablehlo.multiply"(%1493, %501) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1495 = "stablehlo.reshape"(%1494) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1496 = "stablehlo.broadcast_in_dim"(%1495) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1497 = "stablehlo.multiply"(%1496, %495) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1498 = "stablehlo.multiply"(%1496, %495) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1499 = "stablehlo.add"(%1486, %1497) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1500 = "stablehlo.add"(%1499, %1498) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1501 = "stablehlo.reshape"(%1500) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1502 = "stablehlo.dot_general"(%1501, %arg53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x512xf32>) -> tensor<96x512xf32>
    %1503 = "stablehlo.dot_general"(%1501, %492) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x512xf32>) -> tensor<128x512xf32>
    %1504 = "stablehlo.reshape"(%1502) : (tensor<96x512xf32>) -> tensor<32x3x512xf32>
    %1505 = "stablehlo.compare"(%488, %490) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xi1>
    %1506 = stablehlo.constant dense<0x00000000> : tensor<32x3x512xf32>
    %1507 = "stablehlo.select"(%1505, %1504, %1506) : (tensor<32x3x512xi1>, tensor<32x3x512xf32>, tensor<32x3x512xf32>) -> tensor<32x3x512xf32>
    %1508 = "stablehlo.reshape"(%1507) : (tensor<32x3x512xf32>) -> tensor<96x512xf32>
    %1509 = "stablehlo.dot_general"(%1508, %arg54) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<512x128xf32>) -> tensor<96x128xf32>
    %1510 = "stablehlo.dot_general"(%1508, %486) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x512xf32>, tensor<96x128xf32>) -> tensor<512x128xf32>
    %1511 = "stablehlo.reshape"(%1509) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1512 = "stablehlo.multiply"(%1511, %482) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1513 = "stablehlo.multiply"(%1511, %481) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1514_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1514 = "stablehlo.reduce"(%1513, %n1514_init) ({
    ^bb0(%n1514_a: tensor<f32>, %n1514_b: tensor<f32>):
      %n1514_r = "stablehlo.add"(%n1514_a, %n1514_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1514_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1515 = "stablehlo.multiply"(%1512, %480) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1516 = "stablehlo.multiply"(%1512, %468) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1517 = "stablehlo.add"(%1500, %1515) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1518_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1518 = "stablehlo.reduce"(%1516, %n1518_init) ({
    ^bb0(%n1518_a: tensor<f32>, %n1518_b: tensor<f32>):
      %n1518_r = "stablehlo.add"(%n1518_a, %n1518_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1518_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1519 = "stablehlo.reshape"(%1518) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1520 = "stablehlo.divide"(%479, %478) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1521 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1522 = "stablehlo.broadcast_in_dim"(%1521) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1523 = "stablehlo.multiply"(%1520, %1522) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1524 = "stablehlo.multiply"(%1519, %1523) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1525 = "stablehlo.multiply"(%1524, %474) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1526 = "stablehlo.reshape"(%1525) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1527 = "stablehlo.broadcast_in_dim"(%1526) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1528 = "stablehlo.multiply"(%1527, %468) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1529 = "stablehlo.multiply"(%1527, %468) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1530 = "stablehlo.add"(%1517, %1528) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1531 = "stablehlo.add"(%1530, %1529) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1532 = "stablehlo.reshape"(%1531) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1533 = "stablehlo.dot_general"(%1532, %arg51) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1534 = "stablehlo.dot_general"(%1532, %465) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1535 = "stablehlo.reshape"(%1533) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1536 = "stablehlo.reshape"(%1535) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1537 = "stablehlo.transpose"(%1536) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1538 = "stablehlo.dot_general"(%1537, %449) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x48xf32>
    %1539 = "stablehlo.dot_general"(%1537, %461) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x32x48xf32>
    %1540 = "stablehlo.transpose"(%1539) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1541 = "stablehlo.divide"(%1538, %460) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1542 = "stablehlo.multiply"(%1541, %461) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1543 = "stablehlo.negate"(%1542) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1544_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1544 = "stablehlo.reduce"(%1543, %n1544_init) ({
    ^bb0(%n1544_a: tensor<f32>, %n1544_b: tensor<f32>):
      %n1544_r = "stablehlo.add"(%n1544_a, %n1544_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1544_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1545 = "stablehlo.reshape"(%1544) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1546 = "stablehlo.reshape"(%1545) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1547 = "stablehlo.broadcast_in_dim"(%1546) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1548 = "stablehlo.add"(%1541, %1547) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1549 = "stablehlo.multiply"(%1548, %457) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1550 = "stablehlo.negate"(%1549) : (tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %n1551_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1551 = "stablehlo.reduce"(%1550, %n1551_init) ({
    ^bb0(%n1551_a: tensor<f32>, %n1551_b: tensor<f32>):
      %n1551_r = "stablehlo.add"(%n1551_a, %n1551_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1551_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1552 = "stablehlo.reshape"(%1551) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1553 = "stablehlo.reshape"(%1552) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1554 = "stablehlo.broadcast_in_dim"(%453) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1555 = "stablehlo.compare"(%452, %1554) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xi1>
    %1556 = "stablehlo.convert"(%1555) : (tensor<32x4x3x48xi1>) -> tensor<32x4x3x48xf32>
    %n1557_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1557 = "stablehlo.reduce"(%1556, %n1557_init) ({
    ^bb0(%n1557_a: tensor<f32>, %n1557_b: tensor<f32>):
      %n1557_r = "stablehlo.add"(%n1557_a, %n1557_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1557_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x48xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1558 = "stablehlo.divide"(%1553, %1557) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1559 = "stablehlo.broadcast_in_dim"(%1558) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x48xf32>
    %1560 = "stablehlo.multiply"(%1559, %1556) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1561 = "stablehlo.add"(%1549, %1560) : (tensor<32x4x3x48xf32>, tensor<32x4x3x48xf32>) -> tensor<32x4x3x48xf32>
    %1562 = "stablehlo.dot_general"(%1561, %445) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1563 = "stablehlo.transpose"(%1562) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1564 = "stablehlo.dot_general"(%1561, %441) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x48xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1565 = "stablehlo.transpose"(%1564) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1566 = "stablehlo.reshape"(%1540) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1567 = "stablehlo.reshape"(%1566) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1568 = "stablehlo.dot_general"(%1567, %arg50) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1569 = "stablehlo.dot_general"(%1567, %446) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1570 = "stablehlo.reshape"(%1568) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1571 = "stablehlo.add"(%1401, %1570) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1572 = "stablehlo.reshape"(%1565) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1573 = "stablehlo.reshape"(%1572) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1574 = "stablehlo.dot_general"(%1573, %arg49) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1575 = "stablehlo.dot_general"(%1573, %442) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1576 = "stablehlo.reshape"(%1574) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1577 = "stablehlo.add"(%1571, %1576) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1578 = "stablehlo.reshape"(%1563) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1579 = "stablehlo.reshape"(%1578) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1580 = "stablehlo.dot_general"(%1579, %arg48) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1581 = "stablehlo.dot_general"(%1579, %438) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1582 = "stablehlo.reshape"(%1580) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1583 = "stablehlo.multiply"(%1582, %432) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1584 = "stablehlo.multiply"(%1582, %431) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1585_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1585 = "stablehlo.reduce"(%1584, %n1585_init) ({
    ^bb0(%n1585_a: tensor<f32>, %n1585_b: tensor<f32>):
      %n1585_r = "stablehlo.add"(%n1585_a, %n1585_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1585_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1586 = "stablehlo.multiply"(%1583, %430) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1587 = "stablehlo.multiply"(%1583, %418) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1588 = "stablehlo.add"(%1531, %1586) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1589_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1589 = "stablehlo.reduce"(%1587, %n1589_init) ({
    ^bb0(%n1589_a: tensor<f32>, %n1589_b: tensor<f32>):
      %n1589_r = "stablehlo.add"(%n1589_a, %n1589_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1589_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1590 = "stablehlo.reshape"(%1589) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1591 = "stablehlo.divide"(%429, %428) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1592 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1593 = "stablehlo.broadcast_in_dim"(%1592) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1594 = "stablehlo.multiply"(%1591, %1593) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1595 = "stablehlo.multiply"(%1590, %1594) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1596 = "stablehlo.multiply"(%1595, %424) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1597 = "stablehlo.reshape"(%1596) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1598 = "stablehlo.broadcast_in_dim"(%1597) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1599 = "stablehlo.multiply"(%1598, %418) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1600 = "stablehlo.multiply"(%1598, %418) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1601 = "stablehlo.add"(%1588, %1599) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1602 = "stablehlo.add"(%1601, %1600) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1603 = "stablehlo.reshape"(%1602) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1604 = "stablehlo.dot_general"(%1603, %arg46) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1605 = "stablehlo.dot_general"(%1603, %415) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1606 = "stablehlo.reshape"(%1604) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1607 = "stablehlo.reshape"(%1606) : (tensor<32x3x128xf32>) -> tensor<32x3x4x32xf32>
    %1608 = "stablehlo.transpose"(%1607) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1609 = "stablehlo.dot_general"(%1608, %399) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x3x32xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x3xf32>
    %1610 = "stablehlo.dot_general"(%1608, %411) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x3x32xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x32x3xf32>
    %1611 = "stablehlo.transpose"(%1610) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x3xf32>) -> tensor<32x3x4x32xf32>
    %1612 = "stablehlo.divide"(%1609, %410) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1613 = "stablehlo.multiply"(%1612, %411) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1614 = "stablehlo.negate"(%1613) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1615_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1615 = "stablehlo.reduce"(%1614, %n1615_init) ({
    ^bb0(%n1615_a: tensor<f32>, %n1615_b: tensor<f32>):
      %n1615_r = "stablehlo.add"(%n1615_a, %n1615_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1615_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1616 = "stablehlo.reshape"(%1615) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1617 = "stablehlo.reshape"(%1616) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1618 = "stablehlo.broadcast_in_dim"(%1617) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1619 = "stablehlo.add"(%1612, %1618) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1620 = "stablehlo.multiply"(%1619, %407) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1621 = "stablehlo.negate"(%1620) : (tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1622_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1622 = "stablehlo.reduce"(%1621, %n1622_init) ({
    ^bb0(%n1622_a: tensor<f32>, %n1622_b: tensor<f32>):
      %n1622_r = "stablehlo.add"(%n1622_a, %n1622_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1622_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1623 = "stablehlo.reshape"(%1622) : (tensor<32x4x3xf32>) -> tensor<32x4x3x1xf32>
    %1624 = "stablehlo.reshape"(%1623) : (tensor<32x4x3x1xf32>) -> tensor<32x4x3xf32>
    %1625 = "stablehlo.broadcast_in_dim"(%403) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1626 = "stablehlo.compare"(%402, %1625) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xi1>
    %1627 = "stablehlo.convert"(%1626) : (tensor<32x4x3x3xi1>) -> tensor<32x4x3x3xf32>
    %n1628_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1628 = "stablehlo.reduce"(%1627, %n1628_init) ({
    ^bb0(%n1628_a: tensor<f32>, %n1628_b: tensor<f32>):
      %n1628_r = "stablehlo.add"(%n1628_a, %n1628_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1628_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<32x4x3xf32>
    %1629 = "stablehlo.divide"(%1624, %1628) : (tensor<32x4x3xf32>, tensor<32x4x3xf32>) -> tensor<32x4x3xf32>
    %1630 = "stablehlo.broadcast_in_dim"(%1629) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x3xf32>) -> tensor<32x4x3x3xf32>
    %1631 = "stablehlo.multiply"(%1630, %1627) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %1632 = "stablehlo.add"(%1620, %1631) : (tensor<32x4x3x3xf32>, tensor<32x4x3x3xf32>) -> tensor<32x4x3x3xf32>
    %n1633_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1633 = "stablehlo.reduce"(%1632, %n1633_init) ({
    ^bb0(%n1633_a: tensor<f32>, %n1633_b: tensor<f32>):
      %n1633_r = "stablehlo.add"(%n1633_a, %n1633_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1633_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x3x3xf32>, tensor<f32>) -> tensor<4x3x3xf32>
    %1634 = "stablehlo.reshape"(%1633) : (tensor<4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1635 = "stablehlo.add"(%1459, %1634) : (tensor<1x4x3x3xf32>, tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
    %1636 = "stablehlo.dot_general"(%1632, %395) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1637 = "stablehlo.transpose"(%1636) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1638 = "stablehlo.dot_general"(%1632, %391) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x3x3xf32>, tensor<32x3x4x32xf32>) -> tensor<32x4x3x32xf32>
    %1639 = "stablehlo.transpose"(%1638) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x3x32xf32>) -> tensor<32x3x4x32xf32>
    %1640 = "stablehlo.reshape"(%1611) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1641 = "stablehlo.reshape"(%1640) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1642 = "stablehlo.dot_general"(%1641, %arg45) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1643 = "stablehlo.dot_general"(%1641, %396) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1644 = "stablehlo.reshape"(%1642) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1645 = "stablehlo.reshape"(%1639) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1646 = "stablehlo.reshape"(%1645) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1647 = "stablehlo.dot_general"(%1646, %arg44) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1648 = "stablehlo.dot_general"(%1646, %392) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1649 = "stablehlo.reshape"(%1647) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1650 = "stablehlo.add"(%1644, %1649) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1651 = "stablehlo.reshape"(%1637) : (tensor<32x3x4x32xf32>) -> tensor<32x3x128xf32>
    %1652 = "stablehlo.reshape"(%1651) : (tensor<32x3x128xf32>) -> tensor<96x128xf32>
    %1653 = "stablehlo.dot_general"(%1652, %arg43) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<128x128xf32>) -> tensor<96x128xf32>
    %1654 = "stablehlo.dot_general"(%1652, %388) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<96x128xf32>, tensor<96x128xf32>) -> tensor<128x128xf32>
    %1655 = "stablehlo.reshape"(%1653) : (tensor<96x128xf32>) -> tensor<32x3x128xf32>
    %1656 = "stablehlo.add"(%1650, %1655) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1657 = "stablehlo.multiply"(%1656, %382) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1658 = "stablehlo.multiply"(%1656, %381) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1659_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1659 = "stablehlo.reduce"(%1658, %n1659_init) ({
    ^bb0(%n1659_a: tensor<f32>, %n1659_b: tensor<f32>):
      %n1659_r = "stablehlo.add"(%n1659_a, %n1659_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1659_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1660 = "stablehlo.multiply"(%1657, %380) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1661 = "stablehlo.multiply"(%1657, %351) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1662 = "stablehlo.add"(%1602, %1660) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %n1663_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1663 = "stablehlo.reduce"(%1661, %n1663_init) ({
    ^bb0(%n1663_a: tensor<f32>, %n1663_b: tensor<f32>):
      %n1663_r = "stablehlo.add"(%n1663_a, %n1663_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1663_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x3x128xf32>, tensor<f32>) -> tensor<32x3xf32>
    %1664 = "stablehlo.reshape"(%1663) : (tensor<32x3xf32>) -> tensor<32x3x1xf32>
    %1665 = "stablehlo.divide"(%379, %378) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1666 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1667 = "stablehlo.broadcast_in_dim"(%1666) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x3x1xf32>
    %1668 = "stablehlo.multiply"(%1665, %1667) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1669 = "stablehlo.multiply"(%1664, %1668) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1670 = "stablehlo.multiply"(%1669, %374) : (tensor<32x3x1xf32>, tensor<32x3x1xf32>) -> tensor<32x3x1xf32>
    %1671 = "stablehlo.reshape"(%1670) : (tensor<32x3x1xf32>) -> tensor<32x3xf32>
    %1672 = "stablehlo.broadcast_in_dim"(%1671) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x3xf32>) -> tensor<32x3x128xf32>
    %1673 = "stablehlo.multiply"(%1672, %351) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1674 = "stablehlo.multiply"(%1672, %351) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1675 = "stablehlo.add"(%1662, %1673) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1676 = "stablehlo.add"(%1675, %1674) : (tensor<32x3x128xf32>, tensor<32x3x128xf32>) -> tensor<32x3x128xf32>
    %1677 = "stablehlo.reshape"(%1635) : (tensor<1x4x3x3xf32>) -> tensor<4x3x3xf32>
    %1678 = "stablehlo.transpose"(%1677) {permutation = array<i64: 1, 2, 0>} : (tensor<4x3x3xf32>) -> tensor<3x3x4xf32>
    %1679 = stablehlo.constant dense<0x00000000> : tensor<32x4xf32>
    %1680 = "stablehlo.scatter"(%1679, %353, %1678) ({
    ^bb0(%n1680_a: tensor<f32>, %n1680_b: tensor<f32>):
      %n1680_r = "stablehlo.add"(%n1680_a, %n1680_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1680_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32x4xf32>, tensor<3x3xi32>, tensor<3x3x4xf32>) -> tensor<32x4xf32>
    %1681 = stablehlo.constant dense<0x00000000> : tensor<32128x128xf32>
    %1682 = "stablehlo.scatter"(%1681, %arg2, %1676) ({
    ^bb0(%n1682_a: tensor<f32>, %n1682_b: tensor<f32>):
      %n1682_r = "stablehlo.add"(%n1682_a, %n1682_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1682_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32128x128xf32>, tensor<32x3xi32>, tensor<32x3x128xf32>) -> tensor<32128x128xf32>
    %1683 = "stablehlo.add"(%952, %1682) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %1684 = "stablehlo.multiply"(%1577, %349) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1685 = "stablehlo.multiply"(%1577, %348) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1686_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1686 = "stablehlo.reduce"(%1685, %n1686_init) ({
    ^bb0(%n1686_a: tensor<f32>, %n1686_b: tensor<f32>):
      %n1686_r = "stablehlo.add"(%n1686_a, %n1686_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1686_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1687 = "stablehlo.multiply"(%1684, %347) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1688 = "stablehlo.multiply"(%1684, %335) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1689_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1689 = "stablehlo.reduce"(%1688, %n1689_init) ({
    ^bb0(%n1689_a: tensor<f32>, %n1689_b: tensor<f32>):
      %n1689_r = "stablehlo.add"(%n1689_a, %n1689_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1689_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1690 = "stablehlo.reshape"(%1689) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1691 = "stablehlo.divide"(%346, %345) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1692 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1693 = "stablehlo.broadcast_in_dim"(%1692) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1694 = "stablehlo.multiply"(%1691, %1693) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1695 = "stablehlo.multiply"(%1690, %1694) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1696 = "stablehlo.multiply"(%1695, %341) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1697 = "stablehlo.reshape"(%1696) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1698 = "stablehlo.broadcast_in_dim"(%1697) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1699 = "stablehlo.multiply"(%1698, %335) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1700 = "stablehlo.multiply"(%1698, %335) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1701 = "stablehlo.add"(%1687, %1699) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1702 = "stablehlo.add"(%1701, %1700) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1703 = "stablehlo.reshape"(%1702) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1704 = "stablehlo.dot_general"(%1703, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x512xf32>) -> tensor<1536x512xf32>
    %1705 = "stablehlo.dot_general"(%1703, %332) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x512xf32>) -> tensor<128x512xf32>
    %1706 = "stablehlo.reshape"(%1704) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %1707 = "stablehlo.compare"(%328, %330) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %1708 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %1709 = "stablehlo.select"(%1707, %1706, %1708) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %1710 = "stablehlo.reshape"(%1709) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %1711 = "stablehlo.dot_general"(%1710, %arg39) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<512x128xf32>) -> tensor<1536x128xf32>
    %1712 = "stablehlo.dot_general"(%1710, %326) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<1536x128xf32>) -> tensor<512x128xf32>
    %1713 = "stablehlo.reshape"(%1711) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1714 = "stablehlo.multiply"(%1713, %322) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1715 = "stablehlo.multiply"(%1713, %321) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1716_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1716 = "stablehlo.reduce"(%1715, %n1716_init) ({
    ^bb0(%n1716_a: tensor<f32>, %n1716_b: tensor<f32>):
      %n1716_r = "stablehlo.add"(%n1716_a, %n1716_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1716_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1717 = "stablehlo.multiply"(%1714, %320) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1718 = "stablehlo.multiply"(%1714, %308) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1719 = "stablehlo.add"(%1702, %1717) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1720_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1720 = "stablehlo.reduce"(%1718, %n1720_init) ({
    ^bb0(%n1720_a: tensor<f32>, %n1720_b: tensor<f32>):
      %n1720_r = "stablehlo.add"(%n1720_a, %n1720_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1720_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1721 = "stablehlo.reshape"(%1720) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1722 = "stablehlo.divide"(%319, %318) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1723 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1724 = "stablehlo.broadcast_in_dim"(%1723) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1725 = "stablehlo.multiply"(%1722, %1724) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1726 = "stablehlo.multiply"(%1721, %1725) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1727 = "stablehlo.multiply"(%1726, %314) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1728 = "stablehlo.reshape"(%1727) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1729 = "stablehlo.broadcast_in_dim"(%1728) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1730 = "stablehlo.multiply"(%1729, %308) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1731 = "stablehlo.multiply"(%1729, %308) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1732 = "stablehlo.add"(%1719, %1730) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1733 = "stablehlo.add"(%1732, %1731) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1734 = "stablehlo.reshape"(%1733) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1735 = "stablehlo.dot_general"(%1734, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1736 = "stablehlo.dot_general"(%1734, %305) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1737 = "stablehlo.reshape"(%1735) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1738 = "stablehlo.reshape"(%1737) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %1739 = "stablehlo.transpose"(%1738) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1740 = "stablehlo.dot_general"(%1739, %290) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %1741 = "stablehlo.dot_general"(%1739, %301) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %1742 = "stablehlo.transpose"(%1741) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1743 = "stablehlo.divide"(%1740, %300) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1744 = "stablehlo.multiply"(%1743, %301) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1745 = "stablehlo.negate"(%1744) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1746_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1746 = "stablehlo.reduce"(%1745, %n1746_init) ({
    ^bb0(%n1746_a: tensor<f32>, %n1746_b: tensor<f32>):
      %n1746_r = "stablehlo.add"(%n1746_a, %n1746_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1746_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1747 = "stablehlo.reshape"(%1746) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1748 = "stablehlo.reshape"(%1747) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1749 = "stablehlo.broadcast_in_dim"(%1748) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1750 = "stablehlo.add"(%1743, %1749) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1751 = "stablehlo.multiply"(%1750, %297) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1752 = "stablehlo.negate"(%1751) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1753_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1753 = "stablehlo.reduce"(%1752, %n1753_init) ({
    ^bb0(%n1753_a: tensor<f32>, %n1753_b: tensor<f32>):
      %n1753_r = "stablehlo.add"(%n1753_a, %n1753_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1753_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1754 = "stablehlo.reshape"(%1753) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1755 = "stablehlo.reshape"(%1754) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1756 = "stablehlo.broadcast_in_dim"(%293) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1757 = "stablehlo.compare"(%292, %1756) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %1758 = "stablehlo.convert"(%1757) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n1759_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1759 = "stablehlo.reduce"(%1758, %n1759_init) ({
    ^bb0(%n1759_a: tensor<f32>, %n1759_b: tensor<f32>):
      %n1759_r = "stablehlo.add"(%n1759_a, %n1759_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1759_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1760 = "stablehlo.divide"(%1755, %1759) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %1761 = "stablehlo.broadcast_in_dim"(%1760) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1762 = "stablehlo.multiply"(%1761, %1758) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1763 = "stablehlo.add"(%1751, %1762) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1764 = "stablehlo.dot_general"(%1763, %286) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1765 = "stablehlo.transpose"(%1764) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1766 = "stablehlo.dot_general"(%1763, %282) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1767 = "stablehlo.transpose"(%1766) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1768 = "stablehlo.reshape"(%1742) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1769 = "stablehlo.reshape"(%1768) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1770 = "stablehlo.dot_general"(%1769, %arg35) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1771 = "stablehlo.dot_general"(%1769, %287) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1772 = "stablehlo.reshape"(%1770) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1773 = "stablehlo.reshape"(%1767) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1774 = "stablehlo.reshape"(%1773) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1775 = "stablehlo.dot_general"(%1774, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1776 = "stablehlo.dot_general"(%1774, %283) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1777 = "stablehlo.reshape"(%1775) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1778 = "stablehlo.add"(%1772, %1777) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1779 = "stablehlo.reshape"(%1765) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1780 = "stablehlo.reshape"(%1779) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1781 = "stablehlo.dot_general"(%1780, %arg33) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1782 = "stablehlo.dot_general"(%1780, %279) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1783 = "stablehlo.reshape"(%1781) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1784 = "stablehlo.add"(%1778, %1783) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1785 = "stablehlo.multiply"(%1784, %273) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1786 = "stablehlo.multiply"(%1784, %272) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1787_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1787 = "stablehlo.reduce"(%1786, %n1787_init) ({
    ^bb0(%n1787_a: tensor<f32>, %n1787_b: tensor<f32>):
      %n1787_r = "stablehlo.add"(%n1787_a, %n1787_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1787_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1788 = "stablehlo.multiply"(%1785, %271) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1789 = "stablehlo.multiply"(%1785, %259) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1790 = "stablehlo.add"(%1733, %1788) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1791_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1791 = "stablehlo.reduce"(%1789, %n1791_init) ({
    ^bb0(%n1791_a: tensor<f32>, %n1791_b: tensor<f32>):
      %n1791_r = "stablehlo.add"(%n1791_a, %n1791_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1791_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1792 = "stablehlo.reshape"(%1791) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1793 = "stablehlo.divide"(%270, %269) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1794 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1795 = "stablehlo.broadcast_in_dim"(%1794) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1796 = "stablehlo.multiply"(%1793, %1795) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1797 = "stablehlo.multiply"(%1792, %1796) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1798 = "stablehlo.multiply"(%1797, %265) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1799 = "stablehlo.reshape"(%1798) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1800 = "stablehlo.broadcast_in_dim"(%1799) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1801 = "stablehlo.multiply"(%1800, %259) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1802 = "stablehlo.multiply"(%1800, %259) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1803 = "stablehlo.add"(%1790, %1801) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1804 = "stablehlo.add"(%1803, %1802) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1805 = "stablehlo.reshape"(%1804) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1806 = "stablehlo.dot_general"(%1805, %arg30) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x512xf32>) -> tensor<1536x512xf32>
    %1807 = "stablehlo.dot_general"(%1805, %256) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x512xf32>) -> tensor<128x512xf32>
    %1808 = "stablehlo.reshape"(%1806) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %1809 = "stablehlo.compare"(%252, %254) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %1810 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %1811 = "stablehlo.select"(%1809, %1808, %1810) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %1812 = "stablehlo.reshape"(%1811) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %1813 = "stablehlo.dot_general"(%1812, %arg31) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<512x128xf32>) -> tensor<1536x128xf32>
    %1814 = "stablehlo.dot_general"(%1812, %250) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<1536x128xf32>) -> tensor<512x128xf32>
    %1815 = "stablehlo.reshape"(%1813) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1816 = "stablehlo.multiply"(%1815, %246) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1817 = "stablehlo.multiply"(%1815, %245) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1818_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1818 = "stablehlo.reduce"(%1817, %n1818_init) ({
    ^bb0(%n1818_a: tensor<f32>, %n1818_b: tensor<f32>):
      %n1818_r = "stablehlo.add"(%n1818_a, %n1818_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1818_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1819 = "stablehlo.multiply"(%1816, %244) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1820 = "stablehlo.multiply"(%1816, %232) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1821 = "stablehlo.add"(%1804, %1819) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1822_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1822 = "stablehlo.reduce"(%1820, %n1822_init) ({
    ^bb0(%n1822_a: tensor<f32>, %n1822_b: tensor<f32>):
      %n1822_r = "stablehlo.add"(%n1822_a, %n1822_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1822_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1823 = "stablehlo.reshape"(%1822) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1824 = "stablehlo.divide"(%243, %242) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1825 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1826 = "stablehlo.broadcast_in_dim"(%1825) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1827 = "stablehlo.multiply"(%1824, %1826) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1828 = "stablehlo.multiply"(%1823, %1827) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1829 = "stablehlo.multiply"(%1828, %238) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1830 = "stablehlo.reshape"(%1829) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1831 = "stablehlo.broadcast_in_dim"(%1830) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1832 = "stablehlo.multiply"(%1831, %232) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1833 = "stablehlo.multiply"(%1831, %232) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1834 = "stablehlo.add"(%1821, %1832) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1835 = "stablehlo.add"(%1834, %1833) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1836 = "stablehlo.reshape"(%1835) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1837 = "stablehlo.dot_general"(%1836, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1838 = "stablehlo.dot_general"(%1836, %229) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1839 = "stablehlo.reshape"(%1837) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1840 = "stablehlo.reshape"(%1839) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %1841 = "stablehlo.transpose"(%1840) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1842 = "stablehlo.dot_general"(%1841, %214) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %1843 = "stablehlo.dot_general"(%1841, %225) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %1844 = "stablehlo.transpose"(%1843) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1845 = "stablehlo.divide"(%1842, %224) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1846 = "stablehlo.multiply"(%1845, %225) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1847 = "stablehlo.negate"(%1846) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1848_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1848 = "stablehlo.reduce"(%1847, %n1848_init) ({
    ^bb0(%n1848_a: tensor<f32>, %n1848_b: tensor<f32>):
      %n1848_r = "stablehlo.add"(%n1848_a, %n1848_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1848_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1849 = "stablehlo.reshape"(%1848) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1850 = "stablehlo.reshape"(%1849) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1851 = "stablehlo.broadcast_in_dim"(%1850) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1852 = "stablehlo.add"(%1845, %1851) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1853 = "stablehlo.multiply"(%1852, %221) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1854 = "stablehlo.negate"(%1853) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1855_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1855 = "stablehlo.reduce"(%1854, %n1855_init) ({
    ^bb0(%n1855_a: tensor<f32>, %n1855_b: tensor<f32>):
      %n1855_r = "stablehlo.add"(%n1855_a, %n1855_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1855_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1856 = "stablehlo.reshape"(%1855) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1857 = "stablehlo.reshape"(%1856) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1858 = "stablehlo.broadcast_in_dim"(%217) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1859 = "stablehlo.compare"(%216, %1858) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %1860 = "stablehlo.convert"(%1859) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n1861_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1861 = "stablehlo.reduce"(%1860, %n1861_init) ({
    ^bb0(%n1861_a: tensor<f32>, %n1861_b: tensor<f32>):
      %n1861_r = "stablehlo.add"(%n1861_a, %n1861_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1861_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1862 = "stablehlo.divide"(%1857, %1861) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %1863 = "stablehlo.broadcast_in_dim"(%1862) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1864 = "stablehlo.multiply"(%1863, %1860) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1865 = "stablehlo.add"(%1853, %1864) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1866 = "stablehlo.add"(%1763, %1865) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1867 = "stablehlo.dot_general"(%1865, %210) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1868 = "stablehlo.transpose"(%1867) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1869 = "stablehlo.dot_general"(%1865, %206) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1870 = "stablehlo.transpose"(%1869) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1871 = "stablehlo.reshape"(%1844) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1872 = "stablehlo.reshape"(%1871) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1873 = "stablehlo.dot_general"(%1872, %arg27) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1874 = "stablehlo.dot_general"(%1872, %211) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1875 = "stablehlo.reshape"(%1873) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1876 = "stablehlo.reshape"(%1870) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1877 = "stablehlo.reshape"(%1876) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1878 = "stablehlo.dot_general"(%1877, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1879 = "stablehlo.dot_general"(%1877, %207) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1880 = "stablehlo.reshape"(%1878) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1881 = "stablehlo.add"(%1875, %1880) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1882 = "stablehlo.reshape"(%1868) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1883 = "stablehlo.reshape"(%1882) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1884 = "stablehlo.dot_general"(%1883, %arg25) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1885 = "stablehlo.dot_general"(%1883, %203) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1886 = "stablehlo.reshape"(%1884) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1887 = "stablehlo.add"(%1881, %1886) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1888 = "stablehlo.multiply"(%1887, %197) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1889 = "stablehlo.multiply"(%1887, %196) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1890_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1890 = "stablehlo.reduce"(%1889, %n1890_init) ({
    ^bb0(%n1890_a: tensor<f32>, %n1890_b: tensor<f32>):
      %n1890_r = "stablehlo.add"(%n1890_a, %n1890_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1890_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1891 = "stablehlo.multiply"(%1888, %195) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1892 = "stablehlo.multiply"(%1888, %183) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1893 = "stablehlo.add"(%1835, %1891) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1894_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1894 = "stablehlo.reduce"(%1892, %n1894_init) ({
    ^bb0(%n1894_a: tensor<f32>, %n1894_b: tensor<f32>):
      %n1894_r = "stablehlo.add"(%n1894_a, %n1894_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1894_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1895 = "stablehlo.reshape"(%1894) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1896 = "stablehlo.divide"(%194, %193) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1897 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1898 = "stablehlo.broadcast_in_dim"(%1897) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1899 = "stablehlo.multiply"(%1896, %1898) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1900 = "stablehlo.multiply"(%1895, %1899) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1901 = "stablehlo.multiply"(%1900, %189) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1902 = "stablehlo.reshape"(%1901) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1903 = "stablehlo.broadcast_in_dim"(%1902) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1904 = "stablehlo.multiply"(%1903, %183) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1905 = "stablehlo.multiply"(%1903, %183) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1906 = "stablehlo.add"(%1893, %1904) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1907 = "stablehlo.add"(%1906, %1905) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1908 = "stablehlo.reshape"(%1907) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1909 = "stablehlo.dot_general"(%1908, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x512xf32>) -> tensor<1536x512xf32>
    %1910 = "stablehlo.dot_general"(%1908, %180) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x512xf32>) -> tensor<128x512xf32>
    %1911 = "stablehlo.reshape"(%1909) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %1912 = "stablehlo.compare"(%176, %178) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %1913 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %1914 = "stablehlo.select"(%1912, %1911, %1913) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %1915 = "stablehlo.reshape"(%1914) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %1916 = "stablehlo.dot_general"(%1915, %arg23) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<512x128xf32>) -> tensor<1536x128xf32>
    %1917 = "stablehlo.dot_general"(%1915, %174) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<1536x128xf32>) -> tensor<512x128xf32>
    %1918 = "stablehlo.reshape"(%1916) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1919 = "stablehlo.multiply"(%1918, %170) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1920 = "stablehlo.multiply"(%1918, %169) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1921_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1921 = "stablehlo.reduce"(%1920, %n1921_init) ({
    ^bb0(%n1921_a: tensor<f32>, %n1921_b: tensor<f32>):
      %n1921_r = "stablehlo.add"(%n1921_a, %n1921_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1921_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1922 = "stablehlo.multiply"(%1919, %168) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1923 = "stablehlo.multiply"(%1919, %156) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1924 = "stablehlo.add"(%1907, %1922) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1925_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1925 = "stablehlo.reduce"(%1923, %n1925_init) ({
    ^bb0(%n1925_a: tensor<f32>, %n1925_b: tensor<f32>):
      %n1925_r = "stablehlo.add"(%n1925_a, %n1925_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1925_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1926 = "stablehlo.reshape"(%1925) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1927 = "stablehlo.divide"(%167, %166) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1928 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %1929 = "stablehlo.broadcast_in_dim"(%1928) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %1930 = "stablehlo.multiply"(%1927, %1929) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1931 = "stablehlo.multiply"(%1926, %1930) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1932 = "stablehlo.multiply"(%1931, %162) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %1933 = "stablehlo.reshape"(%1932) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %1934 = "stablehlo.broadcast_in_dim"(%1933) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %1935 = "stablehlo.multiply"(%1934, %156) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1936 = "stablehlo.multiply"(%1934, %156) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1937 = "stablehlo.add"(%1924, %1935) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1938 = "stablehlo.add"(%1937, %1936) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1939 = "stablehlo.reshape"(%1938) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1940 = "stablehlo.dot_general"(%1939, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1941 = "stablehlo.dot_general"(%1939, %153) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1942 = "stablehlo.reshape"(%1940) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1943 = "stablehlo.reshape"(%1942) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %1944 = "stablehlo.transpose"(%1943) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1945 = "stablehlo.dot_general"(%1944, %138) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %1946 = "stablehlo.dot_general"(%1944, %149) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %1947 = "stablehlo.transpose"(%1946) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %1948 = "stablehlo.divide"(%1945, %148) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1949 = "stablehlo.multiply"(%1948, %149) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1950 = "stablehlo.negate"(%1949) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1951_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1951 = "stablehlo.reduce"(%1950, %n1951_init) ({
    ^bb0(%n1951_a: tensor<f32>, %n1951_b: tensor<f32>):
      %n1951_r = "stablehlo.add"(%n1951_a, %n1951_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1951_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1952 = "stablehlo.reshape"(%1951) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1953 = "stablehlo.reshape"(%1952) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1954 = "stablehlo.broadcast_in_dim"(%1953) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1955 = "stablehlo.add"(%1948, %1954) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1956 = "stablehlo.multiply"(%1955, %145) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1957 = "stablehlo.negate"(%1956) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n1958_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1958 = "stablehlo.reduce"(%1957, %n1958_init) ({
    ^bb0(%n1958_a: tensor<f32>, %n1958_b: tensor<f32>):
      %n1958_r = "stablehlo.add"(%n1958_a, %n1958_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1958_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1959 = "stablehlo.reshape"(%1958) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %1960 = "stablehlo.reshape"(%1959) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %1961 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1962 = "stablehlo.compare"(%140, %1961) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %1963 = "stablehlo.convert"(%1962) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n1964_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1964 = "stablehlo.reduce"(%1963, %n1964_init) ({
    ^bb0(%n1964_a: tensor<f32>, %n1964_b: tensor<f32>):
      %n1964_r = "stablehlo.add"(%n1964_a, %n1964_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1964_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %1965 = "stablehlo.divide"(%1960, %1964) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %1966 = "stablehlo.broadcast_in_dim"(%1965) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %1967 = "stablehlo.multiply"(%1966, %1963) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1968 = "stablehlo.add"(%1956, %1967) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1969 = "stablehlo.add"(%1866, %1968) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %1970 = "stablehlo.dot_general"(%1968, %134) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1971 = "stablehlo.transpose"(%1970) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1972 = "stablehlo.dot_general"(%1968, %130) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %1973 = "stablehlo.transpose"(%1972) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %1974 = "stablehlo.reshape"(%1947) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1975 = "stablehlo.reshape"(%1974) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1976 = "stablehlo.dot_general"(%1975, %arg19) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1977 = "stablehlo.dot_general"(%1975, %135) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1978 = "stablehlo.reshape"(%1976) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1979 = "stablehlo.reshape"(%1973) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1980 = "stablehlo.reshape"(%1979) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1981 = "stablehlo.dot_general"(%1980, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1982 = "stablehlo.dot_general"(%1980, %131) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1983 = "stablehlo.reshape"(%1981) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1984 = "stablehlo.add"(%1978, %1983) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1985 = "stablehlo.reshape"(%1971) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %1986 = "stablehlo.reshape"(%1985) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %1987 = "stablehlo.dot_general"(%1986, %arg17) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %1988 = "stablehlo.dot_general"(%1986, %127) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %1989 = "stablehlo.reshape"(%1987) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %1990 = "stablehlo.add"(%1984, %1989) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1991 = "stablehlo.multiply"(%1990, %121) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1992 = "stablehlo.multiply"(%1990, %120) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1993_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1993 = "stablehlo.reduce"(%1992, %n1993_init) ({
    ^bb0(%n1993_a: tensor<f32>, %n1993_b: tensor<f32>):
      %n1993_r = "stablehlo.add"(%n1993_a, %n1993_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1993_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %1994 = "stablehlo.multiply"(%1991, %119) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1995 = "stablehlo.multiply"(%1991, %107) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %1996 = "stablehlo.add"(%1938, %1994) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n1997_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1997 = "stablehlo.reduce"(%1995, %n1997_init) ({
    ^bb0(%n1997_a: tensor<f32>, %n1997_b: tensor<f32>):
      %n1997_r = "stablehlo.add"(%n1997_a, %n1997_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n1997_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %1998 = "stablehlo.reshape"(%1997) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %1999 = "stablehlo.divide"(%118, %117) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2000 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %2001 = "stablehlo.broadcast_in_dim"(%2000) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %2002 = "stablehlo.multiply"(%1999, %2001) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2003 = "stablehlo.multiply"(%1998, %2002) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2004 = "stablehlo.multiply"(%2003, %113) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2005 = "stablehlo.reshape"(%2004) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %2006 = "stablehlo.broadcast_in_dim"(%2005) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %2007 = "stablehlo.multiply"(%2006, %107) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2008 = "stablehlo.multiply"(%2006, %107) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2009 = "stablehlo.add"(%1996, %2007) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2010 = "stablehlo.add"(%2009, %2008) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2011 = "stablehlo.reshape"(%2010) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2012 = "stablehlo.dot_general"(%2011, %arg14) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x512xf32>) -> tensor<1536x512xf32>
    %2013 = "stablehlo.dot_general"(%2011, %104) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x512xf32>) -> tensor<128x512xf32>
    %2014 = "stablehlo.reshape"(%2012) : (tensor<1536x512xf32>) -> tensor<32x48x512xf32>
    %2015 = "stablehlo.compare"(%100, %102) {comparison_direction = #stablehlo<comparison_direction GE>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xi1>
    %2016 = stablehlo.constant dense<0x00000000> : tensor<32x48x512xf32>
    %2017 = "stablehlo.select"(%2015, %2014, %2016) : (tensor<32x48x512xi1>, tensor<32x48x512xf32>, tensor<32x48x512xf32>) -> tensor<32x48x512xf32>
    %2018 = "stablehlo.reshape"(%2017) : (tensor<32x48x512xf32>) -> tensor<1536x512xf32>
    %2019 = "stablehlo.dot_general"(%2018, %arg15) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<512x128xf32>) -> tensor<1536x128xf32>
    %2020 = "stablehlo.dot_general"(%2018, %98) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x512xf32>, tensor<1536x128xf32>) -> tensor<512x128xf32>
    %2021 = "stablehlo.reshape"(%2019) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2022 = "stablehlo.multiply"(%2021, %94) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2023 = "stablehlo.multiply"(%2021, %93) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2024_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2024 = "stablehlo.reduce"(%2023, %n2024_init) ({
    ^bb0(%n2024_a: tensor<f32>, %n2024_b: tensor<f32>):
      %n2024_r = "stablehlo.add"(%n2024_a, %n2024_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2024_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %2025 = "stablehlo.multiply"(%2022, %92) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2026 = "stablehlo.multiply"(%2022, %80) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2027 = "stablehlo.add"(%2010, %2025) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2028_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2028 = "stablehlo.reduce"(%2026, %n2028_init) ({
    ^bb0(%n2028_a: tensor<f32>, %n2028_b: tensor<f32>):
      %n2028_r = "stablehlo.add"(%n2028_a, %n2028_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2028_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %2029 = "stablehlo.reshape"(%2028) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %2030 = "stablehlo.divide"(%91, %90) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2031 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %2032 = "stablehlo.broadcast_in_dim"(%2031) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %2033 = "stablehlo.multiply"(%2030, %2032) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2034 = "stablehlo.multiply"(%2029, %2033) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2035 = "stablehlo.multiply"(%2034, %86) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2036 = "stablehlo.reshape"(%2035) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %2037 = "stablehlo.broadcast_in_dim"(%2036) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %2038 = "stablehlo.multiply"(%2037, %80) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2039 = "stablehlo.multiply"(%2037, %80) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2040 = "stablehlo.add"(%2027, %2038) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2041 = "stablehlo.add"(%2040, %2039) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2042 = "stablehlo.reshape"(%2041) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2043 = "stablehlo.dot_general"(%2042, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %2044 = "stablehlo.dot_general"(%2042, %77) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %2045 = "stablehlo.reshape"(%2043) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2046 = "stablehlo.reshape"(%2045) : (tensor<32x48x128xf32>) -> tensor<32x48x4x32xf32>
    %2047 = "stablehlo.transpose"(%2046) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %2048 = "stablehlo.dot_general"(%2047, %62) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<32x4x48x32xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x48xf32>
    %2049 = "stablehlo.dot_general"(%2047, %73) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<32x4x48x32xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x32x48xf32>
    %2050 = "stablehlo.transpose"(%2049) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<32x4x32x48xf32>) -> tensor<32x48x4x32xf32>
    %2051 = "stablehlo.divide"(%2048, %72) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2052 = "stablehlo.multiply"(%2051, %73) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2053 = "stablehlo.negate"(%2052) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n2054_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2054 = "stablehlo.reduce"(%2053, %n2054_init) ({
    ^bb0(%n2054_a: tensor<f32>, %n2054_b: tensor<f32>):
      %n2054_r = "stablehlo.add"(%n2054_a, %n2054_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2054_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %2055 = "stablehlo.reshape"(%2054) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %2056 = "stablehlo.reshape"(%2055) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %2057 = "stablehlo.broadcast_in_dim"(%2056) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %2058 = "stablehlo.add"(%2051, %2057) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2059 = "stablehlo.multiply"(%2058, %69) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2060 = "stablehlo.negate"(%2059) : (tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %n2061_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2061 = "stablehlo.reduce"(%2060, %n2061_init) ({
    ^bb0(%n2061_a: tensor<f32>, %n2061_b: tensor<f32>):
      %n2061_r = "stablehlo.add"(%n2061_a, %n2061_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2061_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %2062 = "stablehlo.reshape"(%2061) : (tensor<32x4x48xf32>) -> tensor<32x4x48x1xf32>
    %2063 = "stablehlo.reshape"(%2062) : (tensor<32x4x48x1xf32>) -> tensor<32x4x48xf32>
    %2064 = "stablehlo.broadcast_in_dim"(%65) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %2065 = "stablehlo.compare"(%64, %2064) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xi1>
    %2066 = "stablehlo.convert"(%2065) : (tensor<32x4x48x48xi1>) -> tensor<32x4x48x48xf32>
    %n2067_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2067 = "stablehlo.reduce"(%2066, %n2067_init) ({
    ^bb0(%n2067_a: tensor<f32>, %n2067_b: tensor<f32>):
      %n2067_r = "stablehlo.add"(%n2067_a, %n2067_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2067_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<32x4x48xf32>
    %2068 = "stablehlo.divide"(%2063, %2067) : (tensor<32x4x48xf32>, tensor<32x4x48xf32>) -> tensor<32x4x48xf32>
    %2069 = "stablehlo.broadcast_in_dim"(%2068) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<32x4x48xf32>) -> tensor<32x4x48x48xf32>
    %2070 = "stablehlo.multiply"(%2069, %2066) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2071 = "stablehlo.add"(%2059, %2070) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2072 = "stablehlo.add"(%1969, %2071) : (tensor<32x4x48x48xf32>, tensor<32x4x48x48xf32>) -> tensor<32x4x48x48xf32>
    %2073 = "stablehlo.dot_general"(%2071, %58) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %2074 = "stablehlo.transpose"(%2073) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %2075 = "stablehlo.dot_general"(%2071, %54) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<32x4x48x48xf32>, tensor<32x48x4x32xf32>) -> tensor<32x4x48x32xf32>
    %2076 = "stablehlo.transpose"(%2075) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<32x4x48x32xf32>) -> tensor<32x48x4x32xf32>
    %2077 = "stablehlo.reshape"(%2050) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %2078 = "stablehlo.reshape"(%2077) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2079 = "stablehlo.dot_general"(%2078, %arg11) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %2080 = "stablehlo.dot_general"(%2078, %59) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %2081 = "stablehlo.reshape"(%2079) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2082 = "stablehlo.reshape"(%2076) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %2083 = "stablehlo.reshape"(%2082) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2084 = "stablehlo.dot_general"(%2083, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %2085 = "stablehlo.dot_general"(%2083, %55) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %2086 = "stablehlo.reshape"(%2084) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2087 = "stablehlo.add"(%2081, %2086) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2088 = "stablehlo.reshape"(%2074) : (tensor<32x48x4x32xf32>) -> tensor<32x48x128xf32>
    %2089 = "stablehlo.reshape"(%2088) : (tensor<32x48x128xf32>) -> tensor<1536x128xf32>
    %2090 = "stablehlo.dot_general"(%2089, %arg9) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<128x128xf32>) -> tensor<1536x128xf32>
    %2091 = "stablehlo.dot_general"(%2089, %51) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<1536x128xf32>, tensor<1536x128xf32>) -> tensor<128x128xf32>
    %2092 = "stablehlo.reshape"(%2090) : (tensor<1536x128xf32>) -> tensor<32x48x128xf32>
    %2093 = "stablehlo.add"(%2087, %2092) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2094 = "stablehlo.multiply"(%2093, %45) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2095 = "stablehlo.multiply"(%2093, %44) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2096_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2096 = "stablehlo.reduce"(%2095, %n2096_init) ({
    ^bb0(%n2096_a: tensor<f32>, %n2096_b: tensor<f32>):
      %n2096_r = "stablehlo.add"(%n2096_a, %n2096_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2096_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<128xf32>
    %2097 = "stablehlo.multiply"(%2094, %43) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2098 = "stablehlo.multiply"(%2094, %15) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2099 = "stablehlo.add"(%2041, %2097) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2100_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2100 = "stablehlo.reduce"(%2098, %n2100_init) ({
    ^bb0(%n2100_a: tensor<f32>, %n2100_b: tensor<f32>):
      %n2100_r = "stablehlo.add"(%n2100_a, %n2100_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2100_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<32x48x128xf32>, tensor<f32>) -> tensor<32x48xf32>
    %2101 = "stablehlo.reshape"(%2100) : (tensor<32x48xf32>) -> tensor<32x48x1xf32>
    %2102 = "stablehlo.divide"(%42, %41) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2103 = stablehlo.constant dense<0xBF000000> : tensor<f32>
    %2104 = "stablehlo.broadcast_in_dim"(%2103) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x48x1xf32>
    %2105 = "stablehlo.multiply"(%2102, %2104) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2106 = "stablehlo.multiply"(%2101, %2105) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2107 = "stablehlo.multiply"(%2106, %37) : (tensor<32x48x1xf32>, tensor<32x48x1xf32>) -> tensor<32x48x1xf32>
    %2108 = "stablehlo.reshape"(%2107) : (tensor<32x48x1xf32>) -> tensor<32x48xf32>
    %2109 = "stablehlo.broadcast_in_dim"(%2108) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<32x48xf32>) -> tensor<32x48x128xf32>
    %2110 = "stablehlo.multiply"(%2109, %15) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2111 = "stablehlo.multiply"(%2109, %15) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2112 = "stablehlo.add"(%2099, %2110) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %2113 = "stablehlo.add"(%2112, %2111) : (tensor<32x48x128xf32>, tensor<32x48x128xf32>) -> tensor<32x48x128xf32>
    %n2114_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2114 = "stablehlo.reduce"(%2072, %n2114_init) ({
    ^bb0(%n2114_a: tensor<f32>, %n2114_b: tensor<f32>):
      %n2114_r = "stablehlo.add"(%n2114_a, %n2114_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2114_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x4x48x48xf32>, tensor<f32>) -> tensor<4x48x48xf32>
    %2115 = "stablehlo.reshape"(%2114) : (tensor<4x48x48xf32>) -> tensor<1x4x48x48xf32>
    %2116 = "stablehlo.reshape"(%2115) : (tensor<1x4x48x48xf32>) -> tensor<4x48x48xf32>
    %2117 = "stablehlo.transpose"(%2116) {permutation = array<i64: 1, 2, 0>} : (tensor<4x48x48xf32>) -> tensor<48x48x4xf32>
    %2118 = stablehlo.constant dense<0x00000000> : tensor<32x4xf32>
    %2119 = "stablehlo.scatter"(%2118, %17, %2117) ({
    ^bb0(%n2119_a: tensor<f32>, %n2119_b: tensor<f32>):
      %n2119_r = "stablehlo.add"(%n2119_a, %n2119_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2119_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32x4xf32>, tensor<48x48xi32>, tensor<48x48x4xf32>) -> tensor<32x4xf32>
    %2120 = stablehlo.constant dense<0x00000000> : tensor<32128x128xf32>
    %2121 = "stablehlo.scatter"(%2120, %arg0, %2113) ({
    ^bb0(%n2121_a: tensor<f32>, %n2121_b: tensor<f32>):
      %n2121_r = "stablehlo.add"(%n2121_a, %n2121_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2121_r) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32128x128xf32>, tensor<32x48xi32>, tensor<32x48x128xf32>) -> tensor<32128x128xf32>
    %2122 = "stablehlo.add"(%1683, %2121) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2123 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2124 = "stablehlo.multiply"(%2122, %2122) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %n2125_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2125 = "stablehlo.reduce"(%2124, %n2125_init) ({
    ^bb0(%n2125_a: tensor<f32>, %n2125_b: tensor<f32>):
      %n2125_r = "stablehlo.add"(%n2125_a, %n2125_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2125_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32128x128xf32>, tensor<f32>) -> tensor<f32>
    %2126 = "stablehlo.add"(%2123, %2125) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2127 = "stablehlo.multiply"(%2119, %2119) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %n2128_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2128 = "stablehlo.reduce"(%2127, %n2128_init) ({
    ^bb0(%n2128_a: tensor<f32>, %n2128_b: tensor<f32>):
      %n2128_r = "stablehlo.add"(%n2128_a, %n2128_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2128_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x4xf32>, tensor<f32>) -> tensor<f32>
    %2129 = "stablehlo.add"(%2126, %2128) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2130 = "stablehlo.multiply"(%2096, %2096) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2131_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2131 = "stablehlo.reduce"(%2130, %n2131_init) ({
    ^bb0(%n2131_a: tensor<f32>, %n2131_b: tensor<f32>):
      %n2131_r = "stablehlo.add"(%n2131_a, %n2131_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2131_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2132 = "stablehlo.add"(%2129, %2131) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2133 = "stablehlo.multiply"(%2091, %2091) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2134_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2134 = "stablehlo.reduce"(%2133, %n2134_init) ({
    ^bb0(%n2134_a: tensor<f32>, %n2134_b: tensor<f32>):
      %n2134_r = "stablehlo.add"(%n2134_a, %n2134_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2134_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2135 = "stablehlo.add"(%2132, %2134) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2136 = "stablehlo.multiply"(%2085, %2085) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2137_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2137 = "stablehlo.reduce"(%2136, %n2137_init) ({
    ^bb0(%n2137_a: tensor<f32>, %n2137_b: tensor<f32>):
      %n2137_r = "stablehlo.add"(%n2137_a, %n2137_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2137_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2138 = "stablehlo.add"(%2135, %2137) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2139 = "stablehlo.multiply"(%2080, %2080) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2140_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2140 = "stablehlo.reduce"(%2139, %n2140_init) ({
    ^bb0(%n2140_a: tensor<f32>, %n2140_b: tensor<f32>):
      %n2140_r = "stablehlo.add"(%n2140_a, %n2140_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2140_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2141 = "stablehlo.add"(%2138, %2140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2142 = "stablehlo.multiply"(%2044, %2044) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2143_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2143 = "stablehlo.reduce"(%2142, %n2143_init) ({
    ^bb0(%n2143_a: tensor<f32>, %n2143_b: tensor<f32>):
      %n2143_r = "stablehlo.add"(%n2143_a, %n2143_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2143_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2144 = "stablehlo.add"(%2141, %2143) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2145 = "stablehlo.multiply"(%2024, %2024) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2146_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2146 = "stablehlo.reduce"(%2145, %n2146_init) ({
    ^bb0(%n2146_a: tensor<f32>, %n2146_b: tensor<f32>):
      %n2146_r = "stablehlo.add"(%n2146_a, %n2146_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2146_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2147 = "stablehlo.add"(%2144, %2146) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2148 = "stablehlo.multiply"(%2013, %2013) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2149_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2149 = "stablehlo.reduce"(%2148, %n2149_init) ({
    ^bb0(%n2149_a: tensor<f32>, %n2149_b: tensor<f32>):
      %n2149_r = "stablehlo.add"(%n2149_a, %n2149_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2149_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2150 = "stablehlo.add"(%2147, %2149) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2151 = "stablehlo.multiply"(%2020, %2020) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2152_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2152 = "stablehlo.reduce"(%2151, %n2152_init) ({
    ^bb0(%n2152_a: tensor<f32>, %n2152_b: tensor<f32>):
      %n2152_r = "stablehlo.add"(%n2152_a, %n2152_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2152_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2153 = "stablehlo.add"(%2150, %2152) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2154 = "stablehlo.multiply"(%1993, %1993) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2155_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2155 = "stablehlo.reduce"(%2154, %n2155_init) ({
    ^bb0(%n2155_a: tensor<f32>, %n2155_b: tensor<f32>):
      %n2155_r = "stablehlo.add"(%n2155_a, %n2155_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2155_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2156 = "stablehlo.add"(%2153, %2155) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2157 = "stablehlo.multiply"(%1988, %1988) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2158_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2158 = "stablehlo.reduce"(%2157, %n2158_init) ({
    ^bb0(%n2158_a: tensor<f32>, %n2158_b: tensor<f32>):
      %n2158_r = "stablehlo.add"(%n2158_a, %n2158_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2158_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2159 = "stablehlo.add"(%2156, %2158) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2160 = "stablehlo.multiply"(%1982, %1982) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2161_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2161 = "stablehlo.reduce"(%2160, %n2161_init) ({
    ^bb0(%n2161_a: tensor<f32>, %n2161_b: tensor<f32>):
      %n2161_r = "stablehlo.add"(%n2161_a, %n2161_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2161_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2162 = "stablehlo.add"(%2159, %2161) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2163 = "stablehlo.multiply"(%1977, %1977) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2164_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2164 = "stablehlo.reduce"(%2163, %n2164_init) ({
    ^bb0(%n2164_a: tensor<f32>, %n2164_b: tensor<f32>):
      %n2164_r = "stablehlo.add"(%n2164_a, %n2164_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2164_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2165 = "stablehlo.add"(%2162, %2164) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2166 = "stablehlo.multiply"(%1941, %1941) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2167_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2167 = "stablehlo.reduce"(%2166, %n2167_init) ({
    ^bb0(%n2167_a: tensor<f32>, %n2167_b: tensor<f32>):
      %n2167_r = "stablehlo.add"(%n2167_a, %n2167_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2167_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2168 = "stablehlo.add"(%2165, %2167) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2169 = "stablehlo.multiply"(%1921, %1921) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2170_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2170 = "stablehlo.reduce"(%2169, %n2170_init) ({
    ^bb0(%n2170_a: tensor<f32>, %n2170_b: tensor<f32>):
      %n2170_r = "stablehlo.add"(%n2170_a, %n2170_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2170_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2171 = "stablehlo.add"(%2168, %2170) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2172 = "stablehlo.multiply"(%1910, %1910) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2173_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2173 = "stablehlo.reduce"(%2172, %n2173_init) ({
    ^bb0(%n2173_a: tensor<f32>, %n2173_b: tensor<f32>):
      %n2173_r = "stablehlo.add"(%n2173_a, %n2173_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2173_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2174 = "stablehlo.add"(%2171, %2173) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2175 = "stablehlo.multiply"(%1917, %1917) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2176_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2176 = "stablehlo.reduce"(%2175, %n2176_init) ({
    ^bb0(%n2176_a: tensor<f32>, %n2176_b: tensor<f32>):
      %n2176_r = "stablehlo.add"(%n2176_a, %n2176_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2176_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2177 = "stablehlo.add"(%2174, %2176) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2178 = "stablehlo.multiply"(%1890, %1890) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2179_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2179 = "stablehlo.reduce"(%2178, %n2179_init) ({
    ^bb0(%n2179_a: tensor<f32>, %n2179_b: tensor<f32>):
      %n2179_r = "stablehlo.add"(%n2179_a, %n2179_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2179_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2180 = "stablehlo.add"(%2177, %2179) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2181 = "stablehlo.multiply"(%1885, %1885) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2182_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2182 = "stablehlo.reduce"(%2181, %n2182_init) ({
    ^bb0(%n2182_a: tensor<f32>, %n2182_b: tensor<f32>):
      %n2182_r = "stablehlo.add"(%n2182_a, %n2182_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2182_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2183 = "stablehlo.add"(%2180, %2182) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2184 = "stablehlo.multiply"(%1879, %1879) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2185_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2185 = "stablehlo.reduce"(%2184, %n2185_init) ({
    ^bb0(%n2185_a: tensor<f32>, %n2185_b: tensor<f32>):
      %n2185_r = "stablehlo.add"(%n2185_a, %n2185_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2185_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2186 = "stablehlo.add"(%2183, %2185) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2187 = "stablehlo.multiply"(%1874, %1874) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2188_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2188 = "stablehlo.reduce"(%2187, %n2188_init) ({
    ^bb0(%n2188_a: tensor<f32>, %n2188_b: tensor<f32>):
      %n2188_r = "stablehlo.add"(%n2188_a, %n2188_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2188_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2189 = "stablehlo.add"(%2186, %2188) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2190 = "stablehlo.multiply"(%1838, %1838) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2191_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2191 = "stablehlo.reduce"(%2190, %n2191_init) ({
    ^bb0(%n2191_a: tensor<f32>, %n2191_b: tensor<f32>):
      %n2191_r = "stablehlo.add"(%n2191_a, %n2191_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2191_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2192 = "stablehlo.add"(%2189, %2191) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2193 = "stablehlo.multiply"(%1818, %1818) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2194_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2194 = "stablehlo.reduce"(%2193, %n2194_init) ({
    ^bb0(%n2194_a: tensor<f32>, %n2194_b: tensor<f32>):
      %n2194_r = "stablehlo.add"(%n2194_a, %n2194_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2194_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2195 = "stablehlo.add"(%2192, %2194) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2196 = "stablehlo.multiply"(%1807, %1807) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2197_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2197 = "stablehlo.reduce"(%2196, %n2197_init) ({
    ^bb0(%n2197_a: tensor<f32>, %n2197_b: tensor<f32>):
      %n2197_r = "stablehlo.add"(%n2197_a, %n2197_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2197_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2198 = "stablehlo.add"(%2195, %2197) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2199 = "stablehlo.multiply"(%1814, %1814) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2200_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2200 = "stablehlo.reduce"(%2199, %n2200_init) ({
    ^bb0(%n2200_a: tensor<f32>, %n2200_b: tensor<f32>):
      %n2200_r = "stablehlo.add"(%n2200_a, %n2200_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2200_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2201 = "stablehlo.add"(%2198, %2200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2202 = "stablehlo.multiply"(%1787, %1787) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2203_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2203 = "stablehlo.reduce"(%2202, %n2203_init) ({
    ^bb0(%n2203_a: tensor<f32>, %n2203_b: tensor<f32>):
      %n2203_r = "stablehlo.add"(%n2203_a, %n2203_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2203_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2204 = "stablehlo.add"(%2201, %2203) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2205 = "stablehlo.multiply"(%1782, %1782) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2206_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2206 = "stablehlo.reduce"(%2205, %n2206_init) ({
    ^bb0(%n2206_a: tensor<f32>, %n2206_b: tensor<f32>):
      %n2206_r = "stablehlo.add"(%n2206_a, %n2206_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2206_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2207 = "stablehlo.add"(%2204, %2206) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2208 = "stablehlo.multiply"(%1776, %1776) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2209_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2209 = "stablehlo.reduce"(%2208, %n2209_init) ({
    ^bb0(%n2209_a: tensor<f32>, %n2209_b: tensor<f32>):
      %n2209_r = "stablehlo.add"(%n2209_a, %n2209_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2209_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2210 = "stablehlo.add"(%2207, %2209) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2211 = "stablehlo.multiply"(%1771, %1771) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2212_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2212 = "stablehlo.reduce"(%2211, %n2212_init) ({
    ^bb0(%n2212_a: tensor<f32>, %n2212_b: tensor<f32>):
      %n2212_r = "stablehlo.add"(%n2212_a, %n2212_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2212_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2213 = "stablehlo.add"(%2210, %2212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2214 = "stablehlo.multiply"(%1736, %1736) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2215_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2215 = "stablehlo.reduce"(%2214, %n2215_init) ({
    ^bb0(%n2215_a: tensor<f32>, %n2215_b: tensor<f32>):
      %n2215_r = "stablehlo.add"(%n2215_a, %n2215_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2215_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2216 = "stablehlo.add"(%2213, %2215) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2217 = "stablehlo.multiply"(%1716, %1716) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2218_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2218 = "stablehlo.reduce"(%2217, %n2218_init) ({
    ^bb0(%n2218_a: tensor<f32>, %n2218_b: tensor<f32>):
      %n2218_r = "stablehlo.add"(%n2218_a, %n2218_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2218_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2219 = "stablehlo.add"(%2216, %2218) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2220 = "stablehlo.multiply"(%1705, %1705) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2221_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2221 = "stablehlo.reduce"(%2220, %n2221_init) ({
    ^bb0(%n2221_a: tensor<f32>, %n2221_b: tensor<f32>):
      %n2221_r = "stablehlo.add"(%n2221_a, %n2221_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2221_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2222 = "stablehlo.add"(%2219, %2221) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2223 = "stablehlo.multiply"(%1712, %1712) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2224_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2224 = "stablehlo.reduce"(%2223, %n2224_init) ({
    ^bb0(%n2224_a: tensor<f32>, %n2224_b: tensor<f32>):
      %n2224_r = "stablehlo.add"(%n2224_a, %n2224_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2224_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2225 = "stablehlo.add"(%2222, %2224) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2226 = "stablehlo.multiply"(%1686, %1686) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2227_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2227 = "stablehlo.reduce"(%2226, %n2227_init) ({
    ^bb0(%n2227_a: tensor<f32>, %n2227_b: tensor<f32>):
      %n2227_r = "stablehlo.add"(%n2227_a, %n2227_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2227_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2228 = "stablehlo.add"(%2225, %2227) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2229 = "stablehlo.multiply"(%1680, %1680) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %n2230_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2230 = "stablehlo.reduce"(%2229, %n2230_init) ({
    ^bb0(%n2230_a: tensor<f32>, %n2230_b: tensor<f32>):
      %n2230_r = "stablehlo.add"(%n2230_a, %n2230_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2230_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x4xf32>, tensor<f32>) -> tensor<f32>
    %2231 = "stablehlo.add"(%2228, %2230) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2232 = "stablehlo.multiply"(%1659, %1659) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2233_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2233 = "stablehlo.reduce"(%2232, %n2233_init) ({
    ^bb0(%n2233_a: tensor<f32>, %n2233_b: tensor<f32>):
      %n2233_r = "stablehlo.add"(%n2233_a, %n2233_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2233_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2234 = "stablehlo.add"(%2231, %2233) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2235 = "stablehlo.multiply"(%1654, %1654) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2236_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2236 = "stablehlo.reduce"(%2235, %n2236_init) ({
    ^bb0(%n2236_a: tensor<f32>, %n2236_b: tensor<f32>):
      %n2236_r = "stablehlo.add"(%n2236_a, %n2236_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2236_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2237 = "stablehlo.add"(%2234, %2236) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2238 = "stablehlo.multiply"(%1648, %1648) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2239_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2239 = "stablehlo.reduce"(%2238, %n2239_init) ({
    ^bb0(%n2239_a: tensor<f32>, %n2239_b: tensor<f32>):
      %n2239_r = "stablehlo.add"(%n2239_a, %n2239_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2239_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2240 = "stablehlo.add"(%2237, %2239) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2241 = "stablehlo.multiply"(%1643, %1643) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2242_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2242 = "stablehlo.reduce"(%2241, %n2242_init) ({
    ^bb0(%n2242_a: tensor<f32>, %n2242_b: tensor<f32>):
      %n2242_r = "stablehlo.add"(%n2242_a, %n2242_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2242_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2243 = "stablehlo.add"(%2240, %2242) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2244 = "stablehlo.multiply"(%1605, %1605) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2245_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2245 = "stablehlo.reduce"(%2244, %n2245_init) ({
    ^bb0(%n2245_a: tensor<f32>, %n2245_b: tensor<f32>):
      %n2245_r = "stablehlo.add"(%n2245_a, %n2245_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2245_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2246 = "stablehlo.add"(%2243, %2245) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2247 = "stablehlo.multiply"(%1585, %1585) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2248_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2248 = "stablehlo.reduce"(%2247, %n2248_init) ({
    ^bb0(%n2248_a: tensor<f32>, %n2248_b: tensor<f32>):
      %n2248_r = "stablehlo.add"(%n2248_a, %n2248_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2248_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2249 = "stablehlo.add"(%2246, %2248) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2250 = "stablehlo.multiply"(%1581, %1581) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2251_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2251 = "stablehlo.reduce"(%2250, %n2251_init) ({
    ^bb0(%n2251_a: tensor<f32>, %n2251_b: tensor<f32>):
      %n2251_r = "stablehlo.add"(%n2251_a, %n2251_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2251_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2252 = "stablehlo.add"(%2249, %2251) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2253 = "stablehlo.multiply"(%1575, %1575) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2254_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2254 = "stablehlo.reduce"(%2253, %n2254_init) ({
    ^bb0(%n2254_a: tensor<f32>, %n2254_b: tensor<f32>):
      %n2254_r = "stablehlo.add"(%n2254_a, %n2254_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2254_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2255 = "stablehlo.add"(%2252, %2254) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2256 = "stablehlo.multiply"(%1569, %1569) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2257_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2257 = "stablehlo.reduce"(%2256, %n2257_init) ({
    ^bb0(%n2257_a: tensor<f32>, %n2257_b: tensor<f32>):
      %n2257_r = "stablehlo.add"(%n2257_a, %n2257_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2257_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2258 = "stablehlo.add"(%2255, %2257) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2259 = "stablehlo.multiply"(%1534, %1534) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2260_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2260 = "stablehlo.reduce"(%2259, %n2260_init) ({
    ^bb0(%n2260_a: tensor<f32>, %n2260_b: tensor<f32>):
      %n2260_r = "stablehlo.add"(%n2260_a, %n2260_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2260_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2261 = "stablehlo.add"(%2258, %2260) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2262 = "stablehlo.multiply"(%1514, %1514) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2263_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2263 = "stablehlo.reduce"(%2262, %n2263_init) ({
    ^bb0(%n2263_a: tensor<f32>, %n2263_b: tensor<f32>):
      %n2263_r = "stablehlo.add"(%n2263_a, %n2263_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2263_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2264 = "stablehlo.add"(%2261, %2263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2265 = "stablehlo.multiply"(%1503, %1503) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2266_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2266 = "stablehlo.reduce"(%2265, %n2266_init) ({
    ^bb0(%n2266_a: tensor<f32>, %n2266_b: tensor<f32>):
      %n2266_r = "stablehlo.add"(%n2266_a, %n2266_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2266_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2267 = "stablehlo.add"(%2264, %2266) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2268 = "stablehlo.multiply"(%1510, %1510) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2269_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2269 = "stablehlo.reduce"(%2268, %n2269_init) ({
    ^bb0(%n2269_a: tensor<f32>, %n2269_b: tensor<f32>):
      %n2269_r = "stablehlo.add"(%n2269_a, %n2269_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2269_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2270 = "stablehlo.add"(%2267, %2269) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2271 = "stablehlo.multiply"(%1483, %1483) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2272_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2272 = "stablehlo.reduce"(%2271, %n2272_init) ({
    ^bb0(%n2272_a: tensor<f32>, %n2272_b: tensor<f32>):
      %n2272_r = "stablehlo.add"(%n2272_a, %n2272_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2272_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2273 = "stablehlo.add"(%2270, %2272) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2274 = "stablehlo.multiply"(%1478, %1478) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2275_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2275 = "stablehlo.reduce"(%2274, %n2275_init) ({
    ^bb0(%n2275_a: tensor<f32>, %n2275_b: tensor<f32>):
      %n2275_r = "stablehlo.add"(%n2275_a, %n2275_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2275_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2276 = "stablehlo.add"(%2273, %2275) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2277 = "stablehlo.multiply"(%1472, %1472) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2278_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2278 = "stablehlo.reduce"(%2277, %n2278_init) ({
    ^bb0(%n2278_a: tensor<f32>, %n2278_b: tensor<f32>):
      %n2278_r = "stablehlo.add"(%n2278_a, %n2278_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2278_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2279 = "stablehlo.add"(%2276, %2278) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2280 = "stablehlo.multiply"(%1467, %1467) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2281_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2281 = "stablehlo.reduce"(%2280, %n2281_init) ({
    ^bb0(%n2281_a: tensor<f32>, %n2281_b: tensor<f32>):
      %n2281_r = "stablehlo.add"(%n2281_a, %n2281_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2281_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2282 = "stablehlo.add"(%2279, %2281) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2283 = "stablehlo.multiply"(%1429, %1429) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2284_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2284 = "stablehlo.reduce"(%2283, %n2284_init) ({
    ^bb0(%n2284_a: tensor<f32>, %n2284_b: tensor<f32>):
      %n2284_r = "stablehlo.add"(%n2284_a, %n2284_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2284_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2285 = "stablehlo.add"(%2282, %2284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2286 = "stablehlo.multiply"(%1409, %1409) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2287_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2287 = "stablehlo.reduce"(%2286, %n2287_init) ({
    ^bb0(%n2287_a: tensor<f32>, %n2287_b: tensor<f32>):
      %n2287_r = "stablehlo.add"(%n2287_a, %n2287_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2287_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2288 = "stablehlo.add"(%2285, %2287) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2289 = "stablehlo.multiply"(%1405, %1405) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2290_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2290 = "stablehlo.reduce"(%2289, %n2290_init) ({
    ^bb0(%n2290_a: tensor<f32>, %n2290_b: tensor<f32>):
      %n2290_r = "stablehlo.add"(%n2290_a, %n2290_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2290_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2291 = "stablehlo.add"(%2288, %2290) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2292 = "stablehlo.multiply"(%1399, %1399) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2293_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2293 = "stablehlo.reduce"(%2292, %n2293_init) ({
    ^bb0(%n2293_a: tensor<f32>, %n2293_b: tensor<f32>):
      %n2293_r = "stablehlo.add"(%n2293_a, %n2293_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2293_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2294 = "stablehlo.add"(%2291, %2293) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2295 = "stablehlo.multiply"(%1393, %1393) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2296_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2296 = "stablehlo.reduce"(%2295, %n2296_init) ({
    ^bb0(%n2296_a: tensor<f32>, %n2296_b: tensor<f32>):
      %n2296_r = "stablehlo.add"(%n2296_a, %n2296_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2296_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2297 = "stablehlo.add"(%2294, %2296) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2298 = "stablehlo.multiply"(%1358, %1358) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2299_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2299 = "stablehlo.reduce"(%2298, %n2299_init) ({
    ^bb0(%n2299_a: tensor<f32>, %n2299_b: tensor<f32>):
      %n2299_r = "stablehlo.add"(%n2299_a, %n2299_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2299_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2300 = "stablehlo.add"(%2297, %2299) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2301 = "stablehlo.multiply"(%1338, %1338) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2302_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2302 = "stablehlo.reduce"(%2301, %n2302_init) ({
    ^bb0(%n2302_a: tensor<f32>, %n2302_b: tensor<f32>):
      %n2302_r = "stablehlo.add"(%n2302_a, %n2302_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2302_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2303 = "stablehlo.add"(%2300, %2302) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2304 = "stablehlo.multiply"(%1327, %1327) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2305_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2305 = "stablehlo.reduce"(%2304, %n2305_init) ({
    ^bb0(%n2305_a: tensor<f32>, %n2305_b: tensor<f32>):
      %n2305_r = "stablehlo.add"(%n2305_a, %n2305_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2305_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2306 = "stablehlo.add"(%2303, %2305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2307 = "stablehlo.multiply"(%1334, %1334) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2308_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2308 = "stablehlo.reduce"(%2307, %n2308_init) ({
    ^bb0(%n2308_a: tensor<f32>, %n2308_b: tensor<f32>):
      %n2308_r = "stablehlo.add"(%n2308_a, %n2308_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2308_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2309 = "stablehlo.add"(%2306, %2308) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2310 = "stablehlo.multiply"(%1307, %1307) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2311_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2311 = "stablehlo.reduce"(%2310, %n2311_init) ({
    ^bb0(%n2311_a: tensor<f32>, %n2311_b: tensor<f32>):
      %n2311_r = "stablehlo.add"(%n2311_a, %n2311_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2311_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2312 = "stablehlo.add"(%2309, %2311) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2313 = "stablehlo.multiply"(%1302, %1302) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2314_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2314 = "stablehlo.reduce"(%2313, %n2314_init) ({
    ^bb0(%n2314_a: tensor<f32>, %n2314_b: tensor<f32>):
      %n2314_r = "stablehlo.add"(%n2314_a, %n2314_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2314_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2315 = "stablehlo.add"(%2312, %2314) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2316 = "stablehlo.multiply"(%1296, %1296) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2317_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2317 = "stablehlo.reduce"(%2316, %n2317_init) ({
    ^bb0(%n2317_a: tensor<f32>, %n2317_b: tensor<f32>):
      %n2317_r = "stablehlo.add"(%n2317_a, %n2317_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2317_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2318 = "stablehlo.add"(%2315, %2317) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2319 = "stablehlo.multiply"(%1291, %1291) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2320_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2320 = "stablehlo.reduce"(%2319, %n2320_init) ({
    ^bb0(%n2320_a: tensor<f32>, %n2320_b: tensor<f32>):
      %n2320_r = "stablehlo.add"(%n2320_a, %n2320_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2320_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2321 = "stablehlo.add"(%2318, %2320) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2322 = "stablehlo.multiply"(%1253, %1253) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2323_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2323 = "stablehlo.reduce"(%2322, %n2323_init) ({
    ^bb0(%n2323_a: tensor<f32>, %n2323_b: tensor<f32>):
      %n2323_r = "stablehlo.add"(%n2323_a, %n2323_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2323_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2324 = "stablehlo.add"(%2321, %2323) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2325 = "stablehlo.multiply"(%1233, %1233) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2326_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2326 = "stablehlo.reduce"(%2325, %n2326_init) ({
    ^bb0(%n2326_a: tensor<f32>, %n2326_b: tensor<f32>):
      %n2326_r = "stablehlo.add"(%n2326_a, %n2326_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2326_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2327 = "stablehlo.add"(%2324, %2326) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2328 = "stablehlo.multiply"(%1229, %1229) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2329_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2329 = "stablehlo.reduce"(%2328, %n2329_init) ({
    ^bb0(%n2329_a: tensor<f32>, %n2329_b: tensor<f32>):
      %n2329_r = "stablehlo.add"(%n2329_a, %n2329_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2329_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2330 = "stablehlo.add"(%2327, %2329) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2331 = "stablehlo.multiply"(%1223, %1223) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2332_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2332 = "stablehlo.reduce"(%2331, %n2332_init) ({
    ^bb0(%n2332_a: tensor<f32>, %n2332_b: tensor<f32>):
      %n2332_r = "stablehlo.add"(%n2332_a, %n2332_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2332_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2333 = "stablehlo.add"(%2330, %2332) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2334 = "stablehlo.multiply"(%1217, %1217) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2335_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2335 = "stablehlo.reduce"(%2334, %n2335_init) ({
    ^bb0(%n2335_a: tensor<f32>, %n2335_b: tensor<f32>):
      %n2335_r = "stablehlo.add"(%n2335_a, %n2335_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2335_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2336 = "stablehlo.add"(%2333, %2335) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2337 = "stablehlo.multiply"(%1182, %1182) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2338_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2338 = "stablehlo.reduce"(%2337, %n2338_init) ({
    ^bb0(%n2338_a: tensor<f32>, %n2338_b: tensor<f32>):
      %n2338_r = "stablehlo.add"(%n2338_a, %n2338_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2338_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2339 = "stablehlo.add"(%2336, %2338) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2340 = "stablehlo.multiply"(%1162, %1162) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2341_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2341 = "stablehlo.reduce"(%2340, %n2341_init) ({
    ^bb0(%n2341_a: tensor<f32>, %n2341_b: tensor<f32>):
      %n2341_r = "stablehlo.add"(%n2341_a, %n2341_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2341_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2342 = "stablehlo.add"(%2339, %2341) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2343 = "stablehlo.multiply"(%1151, %1151) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2344_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2344 = "stablehlo.reduce"(%2343, %n2344_init) ({
    ^bb0(%n2344_a: tensor<f32>, %n2344_b: tensor<f32>):
      %n2344_r = "stablehlo.add"(%n2344_a, %n2344_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2344_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2345 = "stablehlo.add"(%2342, %2344) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2346 = "stablehlo.multiply"(%1158, %1158) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2347_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2347 = "stablehlo.reduce"(%2346, %n2347_init) ({
    ^bb0(%n2347_a: tensor<f32>, %n2347_b: tensor<f32>):
      %n2347_r = "stablehlo.add"(%n2347_a, %n2347_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2347_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2348 = "stablehlo.add"(%2345, %2347) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2349 = "stablehlo.multiply"(%1131, %1131) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2350_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2350 = "stablehlo.reduce"(%2349, %n2350_init) ({
    ^bb0(%n2350_a: tensor<f32>, %n2350_b: tensor<f32>):
      %n2350_r = "stablehlo.add"(%n2350_a, %n2350_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2350_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2351 = "stablehlo.add"(%2348, %2350) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2352 = "stablehlo.multiply"(%1126, %1126) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2353_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2353 = "stablehlo.reduce"(%2352, %n2353_init) ({
    ^bb0(%n2353_a: tensor<f32>, %n2353_b: tensor<f32>):
      %n2353_r = "stablehlo.add"(%n2353_a, %n2353_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2353_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2354 = "stablehlo.add"(%2351, %2353) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2355 = "stablehlo.multiply"(%1120, %1120) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2356_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2356 = "stablehlo.reduce"(%2355, %n2356_init) ({
    ^bb0(%n2356_a: tensor<f32>, %n2356_b: tensor<f32>):
      %n2356_r = "stablehlo.add"(%n2356_a, %n2356_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2356_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2357 = "stablehlo.add"(%2354, %2356) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2358 = "stablehlo.multiply"(%1115, %1115) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2359_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2359 = "stablehlo.reduce"(%2358, %n2359_init) ({
    ^bb0(%n2359_a: tensor<f32>, %n2359_b: tensor<f32>):
      %n2359_r = "stablehlo.add"(%n2359_a, %n2359_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2359_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2360 = "stablehlo.add"(%2357, %2359) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2361 = "stablehlo.multiply"(%1078, %1078) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2362_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2362 = "stablehlo.reduce"(%2361, %n2362_init) ({
    ^bb0(%n2362_a: tensor<f32>, %n2362_b: tensor<f32>):
      %n2362_r = "stablehlo.add"(%n2362_a, %n2362_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2362_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2363 = "stablehlo.add"(%2360, %2362) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2364 = "stablehlo.multiply"(%1058, %1058) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2365_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2365 = "stablehlo.reduce"(%2364, %n2365_init) ({
    ^bb0(%n2365_a: tensor<f32>, %n2365_b: tensor<f32>):
      %n2365_r = "stablehlo.add"(%n2365_a, %n2365_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2365_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2366 = "stablehlo.add"(%2363, %2365) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2367 = "stablehlo.multiply"(%1054, %1054) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2368_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2368 = "stablehlo.reduce"(%2367, %n2368_init) ({
    ^bb0(%n2368_a: tensor<f32>, %n2368_b: tensor<f32>):
      %n2368_r = "stablehlo.add"(%n2368_a, %n2368_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2368_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2369 = "stablehlo.add"(%2366, %2368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2370 = "stablehlo.multiply"(%1048, %1048) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2371_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2371 = "stablehlo.reduce"(%2370, %n2371_init) ({
    ^bb0(%n2371_a: tensor<f32>, %n2371_b: tensor<f32>):
      %n2371_r = "stablehlo.add"(%n2371_a, %n2371_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2371_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2372 = "stablehlo.add"(%2369, %2371) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2373 = "stablehlo.multiply"(%1043, %1043) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2374_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2374 = "stablehlo.reduce"(%2373, %n2374_init) ({
    ^bb0(%n2374_a: tensor<f32>, %n2374_b: tensor<f32>):
      %n2374_r = "stablehlo.add"(%n2374_a, %n2374_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2374_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2375 = "stablehlo.add"(%2372, %2374) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2376 = "stablehlo.multiply"(%1008, %1008) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %n2377_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2377 = "stablehlo.reduce"(%2376, %n2377_init) ({
    ^bb0(%n2377_a: tensor<f32>, %n2377_b: tensor<f32>):
      %n2377_r = "stablehlo.add"(%n2377_a, %n2377_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2377_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x128xf32>, tensor<f32>) -> tensor<f32>
    %2378 = "stablehlo.add"(%2375, %2377) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2379 = "stablehlo.multiply"(%988, %988) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2380_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2380 = "stablehlo.reduce"(%2379, %n2380_init) ({
    ^bb0(%n2380_a: tensor<f32>, %n2380_b: tensor<f32>):
      %n2380_r = "stablehlo.add"(%n2380_a, %n2380_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2380_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2381 = "stablehlo.add"(%2378, %2380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2382 = "stablehlo.multiply"(%977, %977) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %n2383_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2383 = "stablehlo.reduce"(%2382, %n2383_init) ({
    ^bb0(%n2383_a: tensor<f32>, %n2383_b: tensor<f32>):
      %n2383_r = "stablehlo.add"(%n2383_a, %n2383_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2383_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x512xf32>, tensor<f32>) -> tensor<f32>
    %2384 = "stablehlo.add"(%2381, %2383) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2385 = "stablehlo.multiply"(%984, %984) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %n2386_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2386 = "stablehlo.reduce"(%2385, %n2386_init) ({
    ^bb0(%n2386_a: tensor<f32>, %n2386_b: tensor<f32>):
      %n2386_r = "stablehlo.add"(%n2386_a, %n2386_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2386_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<512x128xf32>, tensor<f32>) -> tensor<f32>
    %2387 = "stablehlo.add"(%2384, %2386) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2388 = "stablehlo.multiply"(%958, %958) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %n2389_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2389 = "stablehlo.reduce"(%2388, %n2389_init) ({
    ^bb0(%n2389_a: tensor<f32>, %n2389_b: tensor<f32>):
      %n2389_r = "stablehlo.add"(%n2389_a, %n2389_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n2389_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %2390 = "stablehlo.add"(%2387, %2389) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2391 = "stablehlo.sqrt"(%2390) : (tensor<f32>) -> tensor<f32>
    %2392 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %2393 = "stablehlo.add"(%2391, %2392) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2394 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2395 = "stablehlo.divide"(%2394, %2393) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2396 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2397 = "stablehlo.minimum"(%2395, %2396) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2398 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2399 = "stablehlo.multiply"(%2122, %2398) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2400 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2401 = "stablehlo.multiply"(%2119, %2400) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2402 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2403 = "stablehlo.multiply"(%2096, %2402) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2404 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2405 = "stablehlo.multiply"(%2091, %2404) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2406 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2407 = "stablehlo.multiply"(%2085, %2406) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2408 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2409 = "stablehlo.multiply"(%2080, %2408) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2410 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2411 = "stablehlo.multiply"(%2044, %2410) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2412 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2413 = "stablehlo.multiply"(%2024, %2412) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2414 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2415 = "stablehlo.multiply"(%2013, %2414) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2416 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2417 = "stablehlo.multiply"(%2020, %2416) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2418 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2419 = "stablehlo.multiply"(%1993, %2418) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2420 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2421 = "stablehlo.multiply"(%1988, %2420) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2422 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2423 = "stablehlo.multiply"(%1982, %2422) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2424 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2425 = "stablehlo.multiply"(%1977, %2424) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2426 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2427 = "stablehlo.multiply"(%1941, %2426) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2428 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2429 = "stablehlo.multiply"(%1921, %2428) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2430 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2431 = "stablehlo.multiply"(%1910, %2430) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2432 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2433 = "stablehlo.multiply"(%1917, %2432) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2434 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2435 = "stablehlo.multiply"(%1890, %2434) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2436 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2437 = "stablehlo.multiply"(%1885, %2436) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2438 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2439 = "stablehlo.multiply"(%1879, %2438) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2440 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2441 = "stablehlo.multiply"(%1874, %2440) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2442 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2443 = "stablehlo.multiply"(%1838, %2442) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2444 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2445 = "stablehlo.multiply"(%1818, %2444) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2446 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2447 = "stablehlo.multiply"(%1807, %2446) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2448 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2449 = "stablehlo.multiply"(%1814, %2448) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2450 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2451 = "stablehlo.multiply"(%1787, %2450) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2452 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2453 = "stablehlo.multiply"(%1782, %2452) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2454 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2455 = "stablehlo.multiply"(%1776, %2454) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2456 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2457 = "stablehlo.multiply"(%1771, %2456) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2458 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2459 = "stablehlo.multiply"(%1736, %2458) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2460 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2461 = "stablehlo.multiply"(%1716, %2460) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2462 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2463 = "stablehlo.multiply"(%1705, %2462) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2464 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2465 = "stablehlo.multiply"(%1712, %2464) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2466 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2467 = "stablehlo.multiply"(%1686, %2466) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2468 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2469 = "stablehlo.multiply"(%1680, %2468) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2470 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2471 = "stablehlo.multiply"(%1659, %2470) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2472 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2473 = "stablehlo.multiply"(%1654, %2472) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2474 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2475 = "stablehlo.multiply"(%1648, %2474) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2476 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2477 = "stablehlo.multiply"(%1643, %2476) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2478 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2479 = "stablehlo.multiply"(%1605, %2478) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2480 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2481 = "stablehlo.multiply"(%1585, %2480) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2482 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2483 = "stablehlo.multiply"(%1581, %2482) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2484 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2485 = "stablehlo.multiply"(%1575, %2484) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2486 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2487 = "stablehlo.multiply"(%1569, %2486) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2488 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2489 = "stablehlo.multiply"(%1534, %2488) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2490 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2491 = "stablehlo.multiply"(%1514, %2490) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2492 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2493 = "stablehlo.multiply"(%1503, %2492) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2494 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2495 = "stablehlo.multiply"(%1510, %2494) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2496 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2497 = "stablehlo.multiply"(%1483, %2496) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2498 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2499 = "stablehlo.multiply"(%1478, %2498) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2500 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2501 = "stablehlo.multiply"(%1472, %2500) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2502 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2503 = "stablehlo.multiply"(%1467, %2502) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2504 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2505 = "stablehlo.multiply"(%1429, %2504) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2506 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2507 = "stablehlo.multiply"(%1409, %2506) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2508 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2509 = "stablehlo.multiply"(%1405, %2508) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2510 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2511 = "stablehlo.multiply"(%1399, %2510) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2512 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2513 = "stablehlo.multiply"(%1393, %2512) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2514 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2515 = "stablehlo.multiply"(%1358, %2514) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2516 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2517 = "stablehlo.multiply"(%1338, %2516) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2518 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2519 = "stablehlo.multiply"(%1327, %2518) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2520 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2521 = "stablehlo.multiply"(%1334, %2520) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2522 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2523 = "stablehlo.multiply"(%1307, %2522) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2524 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2525 = "stablehlo.multiply"(%1302, %2524) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2526 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2527 = "stablehlo.multiply"(%1296, %2526) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2528 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2529 = "stablehlo.multiply"(%1291, %2528) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2530 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2531 = "stablehlo.multiply"(%1253, %2530) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2532 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2533 = "stablehlo.multiply"(%1233, %2532) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2534 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2535 = "stablehlo.multiply"(%1229, %2534) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2536 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2537 = "stablehlo.multiply"(%1223, %2536) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2538 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2539 = "stablehlo.multiply"(%1217, %2538) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2540 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2541 = "stablehlo.multiply"(%1182, %2540) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2542 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2543 = "stablehlo.multiply"(%1162, %2542) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2544 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2545 = "stablehlo.multiply"(%1151, %2544) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2546 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2547 = "stablehlo.multiply"(%1158, %2546) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2548 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2549 = "stablehlo.multiply"(%1131, %2548) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2550 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2551 = "stablehlo.multiply"(%1126, %2550) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2552 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2553 = "stablehlo.multiply"(%1120, %2552) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2554 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2555 = "stablehlo.multiply"(%1115, %2554) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2556 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2557 = "stablehlo.multiply"(%1078, %2556) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2558 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2559 = "stablehlo.multiply"(%1058, %2558) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2560 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2561 = "stablehlo.multiply"(%1054, %2560) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2562 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2563 = "stablehlo.multiply"(%1048, %2562) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2564 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2565 = "stablehlo.multiply"(%1043, %2564) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2566 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2567 = "stablehlo.multiply"(%1008, %2566) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2568 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2569 = "stablehlo.multiply"(%988, %2568) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2570 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2571 = "stablehlo.multiply"(%977, %2570) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2572 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %2573 = "stablehlo.multiply"(%984, %2572) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %2574 = "stablehlo.broadcast_in_dim"(%2397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2575 = "stablehlo.multiply"(%958, %2574) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2576 = "stablehlo.convert"(%arg4) : (tensor<i32>) -> tensor<f32>
    %2577 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2578 = stablehlo.constant dense<0x3C888889> : tensor<f32>
    %2579 = "stablehlo.multiply"(%2576, %2578) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2584 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %2585 = stablehlo.constant dense<0xBAB11FD4> : tensor<f32>
    %2586 = "stablehlo.multiply"(%2576, %2585) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2587 = stablehlo.constant dense<0x3F8A60DD> : tensor<f32>
    %2588 = "stablehlo.add"(%2586, %2587) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2589 = "stablehlo.maximum"(%2588, %2584) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2590 = stablehlo.constant dense<0x42700000> : tensor<f32>
    %2591 = "stablehlo.compare"(%2576, %2590) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %2592 = "stablehlo.select"(%2591, %2579, %2589) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %2593 = "stablehlo.multiply"(%2577, %2592) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2597 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2598 = "stablehlo.add"(%arg97, %2597) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2599 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2600 = "stablehlo.broadcast_in_dim"(%2599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2601 = "stablehlo.multiply"(%arg95, %2600) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2602 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2603 = "stablehlo.broadcast_in_dim"(%2602) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2604 = "stablehlo.multiply"(%2399, %2603) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2605 = "stablehlo.add"(%2601, %2604) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2606 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2607 = "stablehlo.broadcast_in_dim"(%2606) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2608 = "stablehlo.multiply"(%arg96, %2607) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2609 = "stablehlo.multiply"(%2399, %2399) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2610 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2611 = "stablehlo.broadcast_in_dim"(%2610) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2612 = "stablehlo.multiply"(%2609, %2611) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2613 = "stablehlo.add"(%2608, %2612) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2614 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2615 = "stablehlo.power"(%2614, %2598) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2616 = "stablehlo.negate"(%2615) : (tensor<f32>) -> tensor<f32>
    %2617 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2618 = "stablehlo.add"(%2616, %2617) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2619 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2620 = "stablehlo.power"(%2619, %2598) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2621 = "stablehlo.negate"(%2620) : (tensor<f32>) -> tensor<f32>
    %2622 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2623 = "stablehlo.add"(%2621, %2622) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2624 = "stablehlo.broadcast_in_dim"(%2618) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2625 = "stablehlo.divide"(%2605, %2624) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2626 = "stablehlo.sqrt"(%2623) : (tensor<f32>) -> tensor<f32>
    %2627 = "stablehlo.sqrt"(%2613) : (tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2628 = "stablehlo.broadcast_in_dim"(%2626) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2629 = "stablehlo.divide"(%2627, %2628) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2630 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2631 = "stablehlo.broadcast_in_dim"(%2630) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2632 = "stablehlo.add"(%2629, %2631) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2633 = "stablehlo.divide"(%2625, %2632) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2634 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2635 = "stablehlo.multiply"(%2633, %2634) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2636 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2637 = "stablehlo.multiply"(%2593, %2636) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2638 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2639 = "stablehlo.add"(%2637, %2638) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2640 = "stablehlo.broadcast_in_dim"(%2639) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32128x128xf32>
    %2641 = "stablehlo.multiply"(%arg6, %2640) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2642 = "stablehlo.subtract"(%2641, %2635) : (tensor<32128x128xf32>, tensor<32128x128xf32>) -> tensor<32128x128xf32>
    %2646 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2647 = "stablehlo.add"(%arg100, %2646) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2648 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2649 = "stablehlo.broadcast_in_dim"(%2648) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2650 = "stablehlo.multiply"(%arg98, %2649) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2651 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2652 = "stablehlo.broadcast_in_dim"(%2651) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2653 = "stablehlo.multiply"(%2401, %2652) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2654 = "stablehlo.add"(%2650, %2653) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2655 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2656 = "stablehlo.broadcast_in_dim"(%2655) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2657 = "stablehlo.multiply"(%arg99, %2656) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2658 = "stablehlo.multiply"(%2401, %2401) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2659 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2660 = "stablehlo.broadcast_in_dim"(%2659) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2661 = "stablehlo.multiply"(%2658, %2660) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2662 = "stablehlo.add"(%2657, %2661) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2663 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2664 = "stablehlo.power"(%2663, %2647) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2665 = "stablehlo.negate"(%2664) : (tensor<f32>) -> tensor<f32>
    %2666 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2667 = "stablehlo.add"(%2665, %2666) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2668 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2669 = "stablehlo.power"(%2668, %2647) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2670 = "stablehlo.negate"(%2669) : (tensor<f32>) -> tensor<f32>
    %2671 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2672 = "stablehlo.add"(%2670, %2671) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2673 = "stablehlo.broadcast_in_dim"(%2667) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2674 = "stablehlo.divide"(%2654, %2673) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2675 = "stablehlo.sqrt"(%2672) : (tensor<f32>) -> tensor<f32>
    %2676 = "stablehlo.sqrt"(%2662) : (tensor<32x4xf32>) -> tensor<32x4xf32>
    %2677 = "stablehlo.broadcast_in_dim"(%2675) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2678 = "stablehlo.divide"(%2676, %2677) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2679 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2680 = "stablehlo.broadcast_in_dim"(%2679) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2681 = "stablehlo.add"(%2678, %2680) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2682 = "stablehlo.divide"(%2674, %2681) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2683 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %2684 = "stablehlo.multiply"(%2682, %2683) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2685 = "stablehlo.subtract"(%arg7, %2684) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %2689 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2690 = "stablehlo.add"(%arg103, %2689) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2691 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2692 = "stablehlo.broadcast_in_dim"(%2691) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2693 = "stablehlo.multiply"(%arg101, %2692) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2694 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2695 = "stablehlo.broadcast_in_dim"(%2694) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2696 = "stablehlo.multiply"(%2403, %2695) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2697 = "stablehlo.add"(%2693, %2696) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2698 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2699 = "stablehlo.broadcast_in_dim"(%2698) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2700 = "stablehlo.multiply"(%arg102, %2699) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2701 = "stablehlo.multiply"(%2403, %2403) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2702 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2703 = "stablehlo.broadcast_in_dim"(%2702) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2704 = "stablehlo.multiply"(%2701, %2703) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2705 = "stablehlo.add"(%2700, %2704) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2706 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2707 = "stablehlo.power"(%2706, %2690) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2708 = "stablehlo.negate"(%2707) : (tensor<f32>) -> tensor<f32>
    %2709 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2710 = "stablehlo.add"(%2708, %2709) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2711 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2712 = "stablehlo.power"(%2711, %2690) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2713 = "stablehlo.negate"(%2712) : (tensor<f32>) -> tensor<f32>
    %2714 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2715 = "stablehlo.add"(%2713, %2714) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2716 = "stablehlo.broadcast_in_dim"(%2710) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2717 = "stablehlo.divide"(%2697, %2716) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2718 = "stablehlo.sqrt"(%2715) : (tensor<f32>) -> tensor<f32>
    %2719 = "stablehlo.sqrt"(%2705) : (tensor<128xf32>) -> tensor<128xf32>
    %2720 = "stablehlo.broadcast_in_dim"(%2718) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2721 = "stablehlo.divide"(%2719, %2720) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2722 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2723 = "stablehlo.broadcast_in_dim"(%2722) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2724 = "stablehlo.add"(%2721, %2723) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2725 = "stablehlo.divide"(%2717, %2724) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2726 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2727 = "stablehlo.multiply"(%2725, %2726) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2728 = "stablehlo.subtract"(%arg8, %2727) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2732 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2733 = "stablehlo.add"(%arg106, %2732) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2734 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2735 = "stablehlo.broadcast_in_dim"(%2734) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2736 = "stablehlo.multiply"(%arg104, %2735) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2737 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2738 = "stablehlo.broadcast_in_dim"(%2737) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2739 = "stablehlo.multiply"(%2405, %2738) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2740 = "stablehlo.add"(%2736, %2739) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2741 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2742 = "stablehlo.broadcast_in_dim"(%2741) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2743 = "stablehlo.multiply"(%arg105, %2742) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2744 = "stablehlo.multiply"(%2405, %2405) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2745 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2746 = "stablehlo.broadcast_in_dim"(%2745) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2747 = "stablehlo.multiply"(%2744, %2746) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2748 = "stablehlo.add"(%2743, %2747) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2749 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2750 = "stablehlo.power"(%2749, %2733) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2751 = "stablehlo.negate"(%2750) : (tensor<f32>) -> tensor<f32>
    %2752 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2753 = "stablehlo.add"(%2751, %2752) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2754 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2755 = "stablehlo.power"(%2754, %2733) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2756 = "stablehlo.negate"(%2755) : (tensor<f32>) -> tensor<f32>
    %2757 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2758 = "stablehlo.add"(%2756, %2757) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2759 = "stablehlo.broadcast_in_dim"(%2753) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2760 = "stablehlo.divide"(%2740, %2759) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2761 = "stablehlo.sqrt"(%2758) : (tensor<f32>) -> tensor<f32>
    %2762 = "stablehlo.sqrt"(%2748) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2763 = "stablehlo.broadcast_in_dim"(%2761) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2764 = "stablehlo.divide"(%2762, %2763) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2765 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2766 = "stablehlo.broadcast_in_dim"(%2765) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2767 = "stablehlo.add"(%2764, %2766) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2768 = "stablehlo.divide"(%2760, %2767) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2769 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2770 = "stablehlo.multiply"(%2768, %2769) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2771 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2772 = "stablehlo.multiply"(%2593, %2771) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2773 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2774 = "stablehlo.add"(%2772, %2773) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2775 = "stablehlo.broadcast_in_dim"(%2774) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2776 = "stablehlo.multiply"(%arg9, %2775) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2777 = "stablehlo.subtract"(%2776, %2770) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2781 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2782 = "stablehlo.add"(%arg109, %2781) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2783 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2784 = "stablehlo.broadcast_in_dim"(%2783) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2785 = "stablehlo.multiply"(%arg107, %2784) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2786 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2787 = "stablehlo.broadcast_in_dim"(%2786) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2788 = "stablehlo.multiply"(%2407, %2787) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2789 = "stablehlo.add"(%2785, %2788) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2790 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2791 = "stablehlo.broadcast_in_dim"(%2790) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2792 = "stablehlo.multiply"(%arg108, %2791) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2793 = "stablehlo.multiply"(%2407, %2407) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2794 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2795 = "stablehlo.broadcast_in_dim"(%2794) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2796 = "stablehlo.multiply"(%2793, %2795) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2797 = "stablehlo.add"(%2792, %2796) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2798 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2799 = "stablehlo.power"(%2798, %2782) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2800 = "stablehlo.negate"(%2799) : (tensor<f32>) -> tensor<f32>
    %2801 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2802 = "stablehlo.add"(%2800, %2801) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2803 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2804 = "stablehlo.power"(%2803, %2782) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2805 = "stablehlo.negate"(%2804) : (tensor<f32>) -> tensor<f32>
    %2806 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2807 = "stablehlo.add"(%2805, %2806) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2808 = "stablehlo.broadcast_in_dim"(%2802) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2809 = "stablehlo.divide"(%2789, %2808) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2810 = "stablehlo.sqrt"(%2807) : (tensor<f32>) -> tensor<f32>
    %2811 = "stablehlo.sqrt"(%2797) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2812 = "stablehlo.broadcast_in_dim"(%2810) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2813 = "stablehlo.divide"(%2811, %2812) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2814 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2815 = "stablehlo.broadcast_in_dim"(%2814) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2816 = "stablehlo.add"(%2813, %2815) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2817 = "stablehlo.divide"(%2809, %2816) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2818 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2819 = "stablehlo.multiply"(%2817, %2818) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2820 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2821 = "stablehlo.multiply"(%2593, %2820) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2822 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2823 = "stablehlo.add"(%2821, %2822) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2824 = "stablehlo.broadcast_in_dim"(%2823) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2825 = "stablehlo.multiply"(%arg10, %2824) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2826 = "stablehlo.subtract"(%2825, %2819) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2830 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2831 = "stablehlo.add"(%arg112, %2830) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2832 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2833 = "stablehlo.broadcast_in_dim"(%2832) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2834 = "stablehlo.multiply"(%arg110, %2833) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2835 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2836 = "stablehlo.broadcast_in_dim"(%2835) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2837 = "stablehlo.multiply"(%2409, %2836) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2838 = "stablehlo.add"(%2834, %2837) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2839 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2840 = "stablehlo.broadcast_in_dim"(%2839) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2841 = "stablehlo.multiply"(%arg111, %2840) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2842 = "stablehlo.multiply"(%2409, %2409) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2843 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2844 = "stablehlo.broadcast_in_dim"(%2843) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2845 = "stablehlo.multiply"(%2842, %2844) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2846 = "stablehlo.add"(%2841, %2845) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2847 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2848 = "stablehlo.power"(%2847, %2831) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2849 = "stablehlo.negate"(%2848) : (tensor<f32>) -> tensor<f32>
    %2850 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2851 = "stablehlo.add"(%2849, %2850) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2852 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2853 = "stablehlo.power"(%2852, %2831) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2854 = "stablehlo.negate"(%2853) : (tensor<f32>) -> tensor<f32>
    %2855 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2856 = "stablehlo.add"(%2854, %2855) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2857 = "stablehlo.broadcast_in_dim"(%2851) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2858 = "stablehlo.divide"(%2838, %2857) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2859 = "stablehlo.sqrt"(%2856) : (tensor<f32>) -> tensor<f32>
    %2860 = "stablehlo.sqrt"(%2846) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2861 = "stablehlo.broadcast_in_dim"(%2859) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2862 = "stablehlo.divide"(%2860, %2861) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2863 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2864 = "stablehlo.broadcast_in_dim"(%2863) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2865 = "stablehlo.add"(%2862, %2864) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2866 = "stablehlo.divide"(%2858, %2865) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2867 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2868 = "stablehlo.multiply"(%2866, %2867) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2869 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2870 = "stablehlo.multiply"(%2593, %2869) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2871 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2872 = "stablehlo.add"(%2870, %2871) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2873 = "stablehlo.broadcast_in_dim"(%2872) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2874 = "stablehlo.multiply"(%arg11, %2873) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2875 = "stablehlo.subtract"(%2874, %2868) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2879 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2880 = "stablehlo.add"(%arg115, %2879) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2881 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2882 = "stablehlo.broadcast_in_dim"(%2881) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2883 = "stablehlo.multiply"(%arg113, %2882) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2884 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2885 = "stablehlo.broadcast_in_dim"(%2884) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2886 = "stablehlo.multiply"(%2411, %2885) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2887 = "stablehlo.add"(%2883, %2886) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2888 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2889 = "stablehlo.broadcast_in_dim"(%2888) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2890 = "stablehlo.multiply"(%arg114, %2889) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2891 = "stablehlo.multiply"(%2411, %2411) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2892 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2893 = "stablehlo.broadcast_in_dim"(%2892) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2894 = "stablehlo.multiply"(%2891, %2893) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2895 = "stablehlo.add"(%2890, %2894) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2896 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2897 = "stablehlo.power"(%2896, %2880) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2898 = "stablehlo.negate"(%2897) : (tensor<f32>) -> tensor<f32>
    %2899 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2900 = "stablehlo.add"(%2898, %2899) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2901 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2902 = "stablehlo.power"(%2901, %2880) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2903 = "stablehlo.negate"(%2902) : (tensor<f32>) -> tensor<f32>
    %2904 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2905 = "stablehlo.add"(%2903, %2904) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2906 = "stablehlo.broadcast_in_dim"(%2900) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2907 = "stablehlo.divide"(%2887, %2906) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2908 = "stablehlo.sqrt"(%2905) : (tensor<f32>) -> tensor<f32>
    %2909 = "stablehlo.sqrt"(%2895) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %2910 = "stablehlo.broadcast_in_dim"(%2908) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2911 = "stablehlo.divide"(%2909, %2910) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2912 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2913 = "stablehlo.broadcast_in_dim"(%2912) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2914 = "stablehlo.add"(%2911, %2913) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2915 = "stablehlo.divide"(%2907, %2914) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2916 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2917 = "stablehlo.multiply"(%2915, %2916) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2918 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %2919 = "stablehlo.multiply"(%2593, %2918) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2920 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2921 = "stablehlo.add"(%2919, %2920) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2922 = "stablehlo.broadcast_in_dim"(%2921) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %2923 = "stablehlo.multiply"(%arg12, %2922) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2924 = "stablehlo.subtract"(%2923, %2917) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %2928 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2929 = "stablehlo.add"(%arg118, %2928) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2930 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2931 = "stablehlo.broadcast_in_dim"(%2930) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2932 = "stablehlo.multiply"(%arg116, %2931) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2933 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2934 = "stablehlo.broadcast_in_dim"(%2933) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2935 = "stablehlo.multiply"(%2413, %2934) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2936 = "stablehlo.add"(%2932, %2935) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2937 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2938 = "stablehlo.broadcast_in_dim"(%2937) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2939 = "stablehlo.multiply"(%arg117, %2938) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2940 = "stablehlo.multiply"(%2413, %2413) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2941 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2942 = "stablehlo.broadcast_in_dim"(%2941) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2943 = "stablehlo.multiply"(%2940, %2942) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2944 = "stablehlo.add"(%2939, %2943) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2945 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2946 = "stablehlo.power"(%2945, %2929) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2947 = "stablehlo.negate"(%2946) : (tensor<f32>) -> tensor<f32>
    %2948 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2949 = "stablehlo.add"(%2947, %2948) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2950 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2951 = "stablehlo.power"(%2950, %2929) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2952 = "stablehlo.negate"(%2951) : (tensor<f32>) -> tensor<f32>
    %2953 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2954 = "stablehlo.add"(%2952, %2953) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2955 = "stablehlo.broadcast_in_dim"(%2949) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2956 = "stablehlo.divide"(%2936, %2955) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2957 = "stablehlo.sqrt"(%2954) : (tensor<f32>) -> tensor<f32>
    %2958 = "stablehlo.sqrt"(%2944) : (tensor<128xf32>) -> tensor<128xf32>
    %2959 = "stablehlo.broadcast_in_dim"(%2957) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2960 = "stablehlo.divide"(%2958, %2959) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2961 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %2962 = "stablehlo.broadcast_in_dim"(%2961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2963 = "stablehlo.add"(%2960, %2962) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2964 = "stablehlo.divide"(%2956, %2963) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2965 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2966 = "stablehlo.multiply"(%2964, %2965) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2967 = "stablehlo.subtract"(%arg13, %2966) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %2971 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2972 = "stablehlo.add"(%arg121, %2971) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2973 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2974 = "stablehlo.broadcast_in_dim"(%2973) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2975 = "stablehlo.multiply"(%arg119, %2974) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2976 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %2977 = "stablehlo.broadcast_in_dim"(%2976) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2978 = "stablehlo.multiply"(%2415, %2977) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2979 = "stablehlo.add"(%2975, %2978) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2980 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2981 = "stablehlo.broadcast_in_dim"(%2980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2982 = "stablehlo.multiply"(%arg120, %2981) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2983 = "stablehlo.multiply"(%2415, %2415) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2984 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %2985 = "stablehlo.broadcast_in_dim"(%2984) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2986 = "stablehlo.multiply"(%2983, %2985) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2987 = "stablehlo.add"(%2982, %2986) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %2988 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %2989 = "stablehlo.power"(%2988, %2972) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2990 = "stablehlo.negate"(%2989) : (tensor<f32>) -> tensor<f32>
    %2991 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2992 = "stablehlo.add"(%2990, %2991) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2993 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %2994 = "stablehlo.power"(%2993, %2972) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2995 = "stablehlo.negate"(%2994) : (tensor<f32>) -> tensor<f32>
    %2996 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2997 = "stablehlo.add"(%2995, %2996) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2998 = "stablehlo.broadcast_in_dim"(%2992) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %2999 = "stablehlo.divide"(%2979, %2998) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3000 = "stablehlo.sqrt"(%2997) : (tensor<f32>) -> tensor<f32>
    %3001 = "stablehlo.sqrt"(%2987) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %3002 = "stablehlo.broadcast_in_dim"(%3000) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3003 = "stablehlo.divide"(%3001, %3002) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3004 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3005 = "stablehlo.broadcast_in_dim"(%3004) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3006 = "stablehlo.add"(%3003, %3005) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3007 = "stablehlo.divide"(%2999, %3006) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3008 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3009 = "stablehlo.multiply"(%3007, %3008) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3010 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3011 = "stablehlo.multiply"(%2593, %3010) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3012 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3013 = "stablehlo.add"(%3011, %3012) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3014 = "stablehlo.broadcast_in_dim"(%3013) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3015 = "stablehlo.multiply"(%arg14, %3014) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3016 = "stablehlo.subtract"(%3015, %3009) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3020 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3021 = "stablehlo.add"(%arg124, %3020) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3022 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3023 = "stablehlo.broadcast_in_dim"(%3022) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3024 = "stablehlo.multiply"(%arg122, %3023) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3025 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3026 = "stablehlo.broadcast_in_dim"(%3025) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3027 = "stablehlo.multiply"(%2417, %3026) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3028 = "stablehlo.add"(%3024, %3027) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3029 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3030 = "stablehlo.broadcast_in_dim"(%3029) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3031 = "stablehlo.multiply"(%arg123, %3030) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3032 = "stablehlo.multiply"(%2417, %2417) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3033 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3034 = "stablehlo.broadcast_in_dim"(%3033) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3035 = "stablehlo.multiply"(%3032, %3034) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3036 = "stablehlo.add"(%3031, %3035) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3037 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3038 = "stablehlo.power"(%3037, %3021) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3039 = "stablehlo.negate"(%3038) : (tensor<f32>) -> tensor<f32>
    %3040 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3041 = "stablehlo.add"(%3039, %3040) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3042 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3043 = "stablehlo.power"(%3042, %3021) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3044 = "stablehlo.negate"(%3043) : (tensor<f32>) -> tensor<f32>
    %3045 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3046 = "stablehlo.add"(%3044, %3045) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3047 = "stablehlo.broadcast_in_dim"(%3041) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3048 = "stablehlo.divide"(%3028, %3047) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3049 = "stablehlo.sqrt"(%3046) : (tensor<f32>) -> tensor<f32>
    %3050 = "stablehlo.sqrt"(%3036) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %3051 = "stablehlo.broadcast_in_dim"(%3049) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3052 = "stablehlo.divide"(%3050, %3051) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3053 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3054 = "stablehlo.broadcast_in_dim"(%3053) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3055 = "stablehlo.add"(%3052, %3054) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3056 = "stablehlo.divide"(%3048, %3055) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3057 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3058 = "stablehlo.multiply"(%3056, %3057) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3059 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3060 = "stablehlo.multiply"(%2593, %3059) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3061 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3062 = "stablehlo.add"(%3060, %3061) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3063 = "stablehlo.broadcast_in_dim"(%3062) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3064 = "stablehlo.multiply"(%arg15, %3063) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3065 = "stablehlo.subtract"(%3064, %3058) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3069 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3070 = "stablehlo.add"(%arg127, %3069) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3071 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3072 = "stablehlo.broadcast_in_dim"(%3071) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3073 = "stablehlo.multiply"(%arg125, %3072) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3074 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3075 = "stablehlo.broadcast_in_dim"(%3074) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3076 = "stablehlo.multiply"(%2419, %3075) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3077 = "stablehlo.add"(%3073, %3076) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3078 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3079 = "stablehlo.broadcast_in_dim"(%3078) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3080 = "stablehlo.multiply"(%arg126, %3079) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3081 = "stablehlo.multiply"(%2419, %2419) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3082 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3083 = "stablehlo.broadcast_in_dim"(%3082) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3084 = "stablehlo.multiply"(%3081, %3083) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3085 = "stablehlo.add"(%3080, %3084) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3086 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3087 = "stablehlo.power"(%3086, %3070) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3088 = "stablehlo.negate"(%3087) : (tensor<f32>) -> tensor<f32>
    %3089 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3090 = "stablehlo.add"(%3088, %3089) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3091 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3092 = "stablehlo.power"(%3091, %3070) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3093 = "stablehlo.negate"(%3092) : (tensor<f32>) -> tensor<f32>
    %3094 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3095 = "stablehlo.add"(%3093, %3094) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3096 = "stablehlo.broadcast_in_dim"(%3090) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3097 = "stablehlo.divide"(%3077, %3096) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3098 = "stablehlo.sqrt"(%3095) : (tensor<f32>) -> tensor<f32>
    %3099 = "stablehlo.sqrt"(%3085) : (tensor<128xf32>) -> tensor<128xf32>
    %3100 = "stablehlo.broadcast_in_dim"(%3098) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3101 = "stablehlo.divide"(%3099, %3100) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3102 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3103 = "stablehlo.broadcast_in_dim"(%3102) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3104 = "stablehlo.add"(%3101, %3103) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3105 = "stablehlo.divide"(%3097, %3104) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3106 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3107 = "stablehlo.multiply"(%3105, %3106) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3108 = "stablehlo.subtract"(%arg16, %3107) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3112 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3113 = "stablehlo.add"(%arg130, %3112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3114 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3115 = "stablehlo.broadcast_in_dim"(%3114) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3116 = "stablehlo.multiply"(%arg128, %3115) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3117 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3118 = "stablehlo.broadcast_in_dim"(%3117) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3119 = "stablehlo.multiply"(%2421, %3118) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3120 = "stablehlo.add"(%3116, %3119) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3121 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3122 = "stablehlo.broadcast_in_dim"(%3121) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3123 = "stablehlo.multiply"(%arg129, %3122) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3124 = "stablehlo.multiply"(%2421, %2421) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3125 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3126 = "stablehlo.broadcast_in_dim"(%3125) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3127 = "stablehlo.multiply"(%3124, %3126) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3128 = "stablehlo.add"(%3123, %3127) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3129 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3130 = "stablehlo.power"(%3129, %3113) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3131 = "stablehlo.negate"(%3130) : (tensor<f32>) -> tensor<f32>
    %3132 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3133 = "stablehlo.add"(%3131, %3132) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3134 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3135 = "stablehlo.power"(%3134, %3113) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3136 = "stablehlo.negate"(%3135) : (tensor<f32>) -> tensor<f32>
    %3137 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3138 = "stablehlo.add"(%3136, %3137) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3139 = "stablehlo.broadcast_in_dim"(%3133) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3140 = "stablehlo.divide"(%3120, %3139) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3141 = "stablehlo.sqrt"(%3138) : (tensor<f32>) -> tensor<f32>
    %3142 = "stablehlo.sqrt"(%3128) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3143 = "stablehlo.broadcast_in_dim"(%3141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3144 = "stablehlo.divide"(%3142, %3143) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3145 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3146 = "stablehlo.broadcast_in_dim"(%3145) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3147 = "stablehlo.add"(%3144, %3146) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3148 = "stablehlo.divide"(%3140, %3147) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3149 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3150 = "stablehlo.multiply"(%3148, %3149) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3151 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3152 = "stablehlo.multiply"(%2593, %3151) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3153 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3154 = "stablehlo.add"(%3152, %3153) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3155 = "stablehlo.broadcast_in_dim"(%3154) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3156 = "stablehlo.multiply"(%arg17, %3155) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3157 = "stablehlo.subtract"(%3156, %3150) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3161 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3162 = "stablehlo.add"(%arg133, %3161) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3163 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3164 = "stablehlo.broadcast_in_dim"(%3163) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3165 = "stablehlo.multiply"(%arg131, %3164) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3166 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3167 = "stablehlo.broadcast_in_dim"(%3166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3168 = "stablehlo.multiply"(%2423, %3167) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3169 = "stablehlo.add"(%3165, %3168) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3170 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3171 = "stablehlo.broadcast_in_dim"(%3170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3172 = "stablehlo.multiply"(%arg132, %3171) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3173 = "stablehlo.multiply"(%2423, %2423) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3174 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3175 = "stablehlo.broadcast_in_dim"(%3174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3176 = "stablehlo.multiply"(%3173, %3175) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3177 = "stablehlo.add"(%3172, %3176) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3178 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3179 = "stablehlo.power"(%3178, %3162) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3180 = "stablehlo.negate"(%3179) : (tensor<f32>) -> tensor<f32>
    %3181 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3182 = "stablehlo.add"(%3180, %3181) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3183 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3184 = "stablehlo.power"(%3183, %3162) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3185 = "stablehlo.negate"(%3184) : (tensor<f32>) -> tensor<f32>
    %3186 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3187 = "stablehlo.add"(%3185, %3186) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3188 = "stablehlo.broadcast_in_dim"(%3182) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3189 = "stablehlo.divide"(%3169, %3188) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3190 = "stablehlo.sqrt"(%3187) : (tensor<f32>) -> tensor<f32>
    %3191 = "stablehlo.sqrt"(%3177) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3192 = "stablehlo.broadcast_in_dim"(%3190) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3193 = "stablehlo.divide"(%3191, %3192) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3194 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3195 = "stablehlo.broadcast_in_dim"(%3194) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3196 = "stablehlo.add"(%3193, %3195) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3197 = "stablehlo.divide"(%3189, %3196) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3198 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3199 = "stablehlo.multiply"(%3197, %3198) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3200 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3201 = "stablehlo.multiply"(%2593, %3200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3202 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3203 = "stablehlo.add"(%3201, %3202) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3204 = "stablehlo.broadcast_in_dim"(%3203) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3205 = "stablehlo.multiply"(%arg18, %3204) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3206 = "stablehlo.subtract"(%3205, %3199) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3210 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3211 = "stablehlo.add"(%arg136, %3210) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3212 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3213 = "stablehlo.broadcast_in_dim"(%3212) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3214 = "stablehlo.multiply"(%arg134, %3213) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3215 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3216 = "stablehlo.broadcast_in_dim"(%3215) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3217 = "stablehlo.multiply"(%2425, %3216) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3218 = "stablehlo.add"(%3214, %3217) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3219 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3220 = "stablehlo.broadcast_in_dim"(%3219) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3221 = "stablehlo.multiply"(%arg135, %3220) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3222 = "stablehlo.multiply"(%2425, %2425) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3223 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3224 = "stablehlo.broadcast_in_dim"(%3223) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3225 = "stablehlo.multiply"(%3222, %3224) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3226 = "stablehlo.add"(%3221, %3225) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3227 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3228 = "stablehlo.power"(%3227, %3211) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3229 = "stablehlo.negate"(%3228) : (tensor<f32>) -> tensor<f32>
    %3230 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3231 = "stablehlo.add"(%3229, %3230) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3232 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3233 = "stablehlo.power"(%3232, %3211) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3234 = "stablehlo.negate"(%3233) : (tensor<f32>) -> tensor<f32>
    %3235 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3236 = "stablehlo.add"(%3234, %3235) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3237 = "stablehlo.broadcast_in_dim"(%3231) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3238 = "stablehlo.divide"(%3218, %3237) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3239 = "stablehlo.sqrt"(%3236) : (tensor<f32>) -> tensor<f32>
    %3240 = "stablehlo.sqrt"(%3226) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3241 = "stablehlo.broadcast_in_dim"(%3239) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3242 = "stablehlo.divide"(%3240, %3241) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3243 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3244 = "stablehlo.broadcast_in_dim"(%3243) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3245 = "stablehlo.add"(%3242, %3244) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3246 = "stablehlo.divide"(%3238, %3245) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3247 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3248 = "stablehlo.multiply"(%3246, %3247) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3249 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3250 = "stablehlo.multiply"(%2593, %3249) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3251 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3252 = "stablehlo.add"(%3250, %3251) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3253 = "stablehlo.broadcast_in_dim"(%3252) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3254 = "stablehlo.multiply"(%arg19, %3253) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3255 = "stablehlo.subtract"(%3254, %3248) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3259 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3260 = "stablehlo.add"(%arg139, %3259) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3261 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3262 = "stablehlo.broadcast_in_dim"(%3261) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3263 = "stablehlo.multiply"(%arg137, %3262) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3264 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3265 = "stablehlo.broadcast_in_dim"(%3264) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3266 = "stablehlo.multiply"(%2427, %3265) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3267 = "stablehlo.add"(%3263, %3266) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3268 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3269 = "stablehlo.broadcast_in_dim"(%3268) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3270 = "stablehlo.multiply"(%arg138, %3269) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3271 = "stablehlo.multiply"(%2427, %2427) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3272 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3273 = "stablehlo.broadcast_in_dim"(%3272) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3274 = "stablehlo.multiply"(%3271, %3273) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3275 = "stablehlo.add"(%3270, %3274) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3276 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3277 = "stablehlo.power"(%3276, %3260) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3278 = "stablehlo.negate"(%3277) : (tensor<f32>) -> tensor<f32>
    %3279 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3280 = "stablehlo.add"(%3278, %3279) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3281 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3282 = "stablehlo.power"(%3281, %3260) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3283 = "stablehlo.negate"(%3282) : (tensor<f32>) -> tensor<f32>
    %3284 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3285 = "stablehlo.add"(%3283, %3284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3286 = "stablehlo.broadcast_in_dim"(%3280) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3287 = "stablehlo.divide"(%3267, %3286) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3288 = "stablehlo.sqrt"(%3285) : (tensor<f32>) -> tensor<f32>
    %3289 = "stablehlo.sqrt"(%3275) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3290 = "stablehlo.broadcast_in_dim"(%3288) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3291 = "stablehlo.divide"(%3289, %3290) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3292 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3293 = "stablehlo.broadcast_in_dim"(%3292) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3294 = "stablehlo.add"(%3291, %3293) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3295 = "stablehlo.divide"(%3287, %3294) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3296 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3297 = "stablehlo.multiply"(%3295, %3296) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3298 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3299 = "stablehlo.multiply"(%2593, %3298) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3300 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3301 = "stablehlo.add"(%3299, %3300) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3302 = "stablehlo.broadcast_in_dim"(%3301) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3303 = "stablehlo.multiply"(%arg20, %3302) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3304 = "stablehlo.subtract"(%3303, %3297) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3308 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3309 = "stablehlo.add"(%arg142, %3308) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3310 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3311 = "stablehlo.broadcast_in_dim"(%3310) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3312 = "stablehlo.multiply"(%arg140, %3311) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3313 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3314 = "stablehlo.broadcast_in_dim"(%3313) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3315 = "stablehlo.multiply"(%2429, %3314) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3316 = "stablehlo.add"(%3312, %3315) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3317 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3318 = "stablehlo.broadcast_in_dim"(%3317) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3319 = "stablehlo.multiply"(%arg141, %3318) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3320 = "stablehlo.multiply"(%2429, %2429) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3321 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3322 = "stablehlo.broadcast_in_dim"(%3321) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3323 = "stablehlo.multiply"(%3320, %3322) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3324 = "stablehlo.add"(%3319, %3323) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3325 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3326 = "stablehlo.power"(%3325, %3309) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3327 = "stablehlo.negate"(%3326) : (tensor<f32>) -> tensor<f32>
    %3328 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3329 = "stablehlo.add"(%3327, %3328) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3330 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3331 = "stablehlo.power"(%3330, %3309) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3332 = "stablehlo.negate"(%3331) : (tensor<f32>) -> tensor<f32>
    %3333 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3334 = "stablehlo.add"(%3332, %3333) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3335 = "stablehlo.broadcast_in_dim"(%3329) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3336 = "stablehlo.divide"(%3316, %3335) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3337 = "stablehlo.sqrt"(%3334) : (tensor<f32>) -> tensor<f32>
    %3338 = "stablehlo.sqrt"(%3324) : (tensor<128xf32>) -> tensor<128xf32>
    %3339 = "stablehlo.broadcast_in_dim"(%3337) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3340 = "stablehlo.divide"(%3338, %3339) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3341 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3342 = "stablehlo.broadcast_in_dim"(%3341) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3343 = "stablehlo.add"(%3340, %3342) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3344 = "stablehlo.divide"(%3336, %3343) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3345 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3346 = "stablehlo.multiply"(%3344, %3345) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3347 = "stablehlo.subtract"(%arg21, %3346) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3351 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3352 = "stablehlo.add"(%arg145, %3351) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3353 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3354 = "stablehlo.broadcast_in_dim"(%3353) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3355 = "stablehlo.multiply"(%arg143, %3354) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3356 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3357 = "stablehlo.broadcast_in_dim"(%3356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3358 = "stablehlo.multiply"(%2431, %3357) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3359 = "stablehlo.add"(%3355, %3358) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3360 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3361 = "stablehlo.broadcast_in_dim"(%3360) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3362 = "stablehlo.multiply"(%arg144, %3361) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3363 = "stablehlo.multiply"(%2431, %2431) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3364 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3365 = "stablehlo.broadcast_in_dim"(%3364) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3366 = "stablehlo.multiply"(%3363, %3365) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3367 = "stablehlo.add"(%3362, %3366) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3368 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3369 = "stablehlo.power"(%3368, %3352) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3370 = "stablehlo.negate"(%3369) : (tensor<f32>) -> tensor<f32>
    %3371 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3372 = "stablehlo.add"(%3370, %3371) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3373 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3374 = "stablehlo.power"(%3373, %3352) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3375 = "stablehlo.negate"(%3374) : (tensor<f32>) -> tensor<f32>
    %3376 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3377 = "stablehlo.add"(%3375, %3376) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3378 = "stablehlo.broadcast_in_dim"(%3372) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3379 = "stablehlo.divide"(%3359, %3378) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3380 = "stablehlo.sqrt"(%3377) : (tensor<f32>) -> tensor<f32>
    %3381 = "stablehlo.sqrt"(%3367) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %3382 = "stablehlo.broadcast_in_dim"(%3380) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3383 = "stablehlo.divide"(%3381, %3382) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3384 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3385 = "stablehlo.broadcast_in_dim"(%3384) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3386 = "stablehlo.add"(%3383, %3385) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3387 = "stablehlo.divide"(%3379, %3386) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3388 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3389 = "stablehlo.multiply"(%3387, %3388) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3390 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3391 = "stablehlo.multiply"(%2593, %3390) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3392 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3393 = "stablehlo.add"(%3391, %3392) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3394 = "stablehlo.broadcast_in_dim"(%3393) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3395 = "stablehlo.multiply"(%arg22, %3394) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3396 = "stablehlo.subtract"(%3395, %3389) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3400 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3401 = "stablehlo.add"(%arg148, %3400) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3402 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3403 = "stablehlo.broadcast_in_dim"(%3402) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3404 = "stablehlo.multiply"(%arg146, %3403) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3405 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3406 = "stablehlo.broadcast_in_dim"(%3405) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3407 = "stablehlo.multiply"(%2433, %3406) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3408 = "stablehlo.add"(%3404, %3407) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3409 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3410 = "stablehlo.broadcast_in_dim"(%3409) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3411 = "stablehlo.multiply"(%arg147, %3410) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3412 = "stablehlo.multiply"(%2433, %2433) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3413 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3414 = "stablehlo.broadcast_in_dim"(%3413) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3415 = "stablehlo.multiply"(%3412, %3414) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3416 = "stablehlo.add"(%3411, %3415) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3417 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3418 = "stablehlo.power"(%3417, %3401) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3419 = "stablehlo.negate"(%3418) : (tensor<f32>) -> tensor<f32>
    %3420 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3421 = "stablehlo.add"(%3419, %3420) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3422 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3423 = "stablehlo.power"(%3422, %3401) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3424 = "stablehlo.negate"(%3423) : (tensor<f32>) -> tensor<f32>
    %3425 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3426 = "stablehlo.add"(%3424, %3425) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3427 = "stablehlo.broadcast_in_dim"(%3421) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3428 = "stablehlo.divide"(%3408, %3427) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3429 = "stablehlo.sqrt"(%3426) : (tensor<f32>) -> tensor<f32>
    %3430 = "stablehlo.sqrt"(%3416) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %3431 = "stablehlo.broadcast_in_dim"(%3429) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3432 = "stablehlo.divide"(%3430, %3431) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3433 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3434 = "stablehlo.broadcast_in_dim"(%3433) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3435 = "stablehlo.add"(%3432, %3434) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3436 = "stablehlo.divide"(%3428, %3435) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3437 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3438 = "stablehlo.multiply"(%3436, %3437) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3439 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3440 = "stablehlo.multiply"(%2593, %3439) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3441 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3442 = "stablehlo.add"(%3440, %3441) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3443 = "stablehlo.broadcast_in_dim"(%3442) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3444 = "stablehlo.multiply"(%arg23, %3443) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3445 = "stablehlo.subtract"(%3444, %3438) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3449 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3450 = "stablehlo.add"(%arg151, %3449) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3451 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3452 = "stablehlo.broadcast_in_dim"(%3451) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3453 = "stablehlo.multiply"(%arg149, %3452) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3454 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3455 = "stablehlo.broadcast_in_dim"(%3454) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3456 = "stablehlo.multiply"(%2435, %3455) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3457 = "stablehlo.add"(%3453, %3456) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3458 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3459 = "stablehlo.broadcast_in_dim"(%3458) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3460 = "stablehlo.multiply"(%arg150, %3459) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3461 = "stablehlo.multiply"(%2435, %2435) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3462 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3463 = "stablehlo.broadcast_in_dim"(%3462) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3464 = "stablehlo.multiply"(%3461, %3463) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3465 = "stablehlo.add"(%3460, %3464) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3466 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3467 = "stablehlo.power"(%3466, %3450) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3468 = "stablehlo.negate"(%3467) : (tensor<f32>) -> tensor<f32>
    %3469 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3470 = "stablehlo.add"(%3468, %3469) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3471 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3472 = "stablehlo.power"(%3471, %3450) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3473 = "stablehlo.negate"(%3472) : (tensor<f32>) -> tensor<f32>
    %3474 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3475 = "stablehlo.add"(%3473, %3474) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3476 = "stablehlo.broadcast_in_dim"(%3470) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3477 = "stablehlo.divide"(%3457, %3476) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3478 = "stablehlo.sqrt"(%3475) : (tensor<f32>) -> tensor<f32>
    %3479 = "stablehlo.sqrt"(%3465) : (tensor<128xf32>) -> tensor<128xf32>
    %3480 = "stablehlo.broadcast_in_dim"(%3478) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3481 = "stablehlo.divide"(%3479, %3480) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3482 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3483 = "stablehlo.broadcast_in_dim"(%3482) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3484 = "stablehlo.add"(%3481, %3483) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3485 = "stablehlo.divide"(%3477, %3484) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3486 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3487 = "stablehlo.multiply"(%3485, %3486) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3488 = "stablehlo.subtract"(%arg24, %3487) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3492 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3493 = "stablehlo.add"(%arg154, %3492) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3494 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3495 = "stablehlo.broadcast_in_dim"(%3494) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3496 = "stablehlo.multiply"(%arg152, %3495) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3497 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3498 = "stablehlo.broadcast_in_dim"(%3497) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3499 = "stablehlo.multiply"(%2437, %3498) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3500 = "stablehlo.add"(%3496, %3499) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3501 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3502 = "stablehlo.broadcast_in_dim"(%3501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3503 = "stablehlo.multiply"(%arg153, %3502) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3504 = "stablehlo.multiply"(%2437, %2437) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3505 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3506 = "stablehlo.broadcast_in_dim"(%3505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3507 = "stablehlo.multiply"(%3504, %3506) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3508 = "stablehlo.add"(%3503, %3507) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3509 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3510 = "stablehlo.power"(%3509, %3493) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3511 = "stablehlo.negate"(%3510) : (tensor<f32>) -> tensor<f32>
    %3512 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3513 = "stablehlo.add"(%3511, %3512) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3514 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3515 = "stablehlo.power"(%3514, %3493) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3516 = "stablehlo.negate"(%3515) : (tensor<f32>) -> tensor<f32>
    %3517 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3518 = "stablehlo.add"(%3516, %3517) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3519 = "stablehlo.broadcast_in_dim"(%3513) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3520 = "stablehlo.divide"(%3500, %3519) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3521 = "stablehlo.sqrt"(%3518) : (tensor<f32>) -> tensor<f32>
    %3522 = "stablehlo.sqrt"(%3508) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3523 = "stablehlo.broadcast_in_dim"(%3521) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3524 = "stablehlo.divide"(%3522, %3523) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3525 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3526 = "stablehlo.broadcast_in_dim"(%3525) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3527 = "stablehlo.add"(%3524, %3526) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3528 = "stablehlo.divide"(%3520, %3527) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3529 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3530 = "stablehlo.multiply"(%3528, %3529) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3531 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3532 = "stablehlo.multiply"(%2593, %3531) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3533 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3534 = "stablehlo.add"(%3532, %3533) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3535 = "stablehlo.broadcast_in_dim"(%3534) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3536 = "stablehlo.multiply"(%arg25, %3535) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3537 = "stablehlo.subtract"(%3536, %3530) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3541 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3542 = "stablehlo.add"(%arg157, %3541) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3543 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3544 = "stablehlo.broadcast_in_dim"(%3543) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3545 = "stablehlo.multiply"(%arg155, %3544) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3546 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3547 = "stablehlo.broadcast_in_dim"(%3546) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3548 = "stablehlo.multiply"(%2439, %3547) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3549 = "stablehlo.add"(%3545, %3548) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3550 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3551 = "stablehlo.broadcast_in_dim"(%3550) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3552 = "stablehlo.multiply"(%arg156, %3551) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3553 = "stablehlo.multiply"(%2439, %2439) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3554 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3555 = "stablehlo.broadcast_in_dim"(%3554) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3556 = "stablehlo.multiply"(%3553, %3555) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3557 = "stablehlo.add"(%3552, %3556) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3558 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3559 = "stablehlo.power"(%3558, %3542) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3560 = "stablehlo.negate"(%3559) : (tensor<f32>) -> tensor<f32>
    %3561 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3562 = "stablehlo.add"(%3560, %3561) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3563 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3564 = "stablehlo.power"(%3563, %3542) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3565 = "stablehlo.negate"(%3564) : (tensor<f32>) -> tensor<f32>
    %3566 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3567 = "stablehlo.add"(%3565, %3566) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3568 = "stablehlo.broadcast_in_dim"(%3562) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3569 = "stablehlo.divide"(%3549, %3568) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3570 = "stablehlo.sqrt"(%3567) : (tensor<f32>) -> tensor<f32>
    %3571 = "stablehlo.sqrt"(%3557) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3572 = "stablehlo.broadcast_in_dim"(%3570) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3573 = "stablehlo.divide"(%3571, %3572) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3574 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3575 = "stablehlo.broadcast_in_dim"(%3574) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3576 = "stablehlo.add"(%3573, %3575) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3577 = "stablehlo.divide"(%3569, %3576) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3578 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3579 = "stablehlo.multiply"(%3577, %3578) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3580 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3581 = "stablehlo.multiply"(%2593, %3580) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3582 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3583 = "stablehlo.add"(%3581, %3582) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3584 = "stablehlo.broadcast_in_dim"(%3583) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3585 = "stablehlo.multiply"(%arg26, %3584) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3586 = "stablehlo.subtract"(%3585, %3579) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3590 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3591 = "stablehlo.add"(%arg160, %3590) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3592 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3593 = "stablehlo.broadcast_in_dim"(%3592) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3594 = "stablehlo.multiply"(%arg158, %3593) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3595 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3596 = "stablehlo.broadcast_in_dim"(%3595) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3597 = "stablehlo.multiply"(%2441, %3596) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3598 = "stablehlo.add"(%3594, %3597) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3599 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3600 = "stablehlo.broadcast_in_dim"(%3599) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3601 = "stablehlo.multiply"(%arg159, %3600) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3602 = "stablehlo.multiply"(%2441, %2441) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3603 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3604 = "stablehlo.broadcast_in_dim"(%3603) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3605 = "stablehlo.multiply"(%3602, %3604) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3606 = "stablehlo.add"(%3601, %3605) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3607 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3608 = "stablehlo.power"(%3607, %3591) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3609 = "stablehlo.negate"(%3608) : (tensor<f32>) -> tensor<f32>
    %3610 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3611 = "stablehlo.add"(%3609, %3610) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3612 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3613 = "stablehlo.power"(%3612, %3591) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3614 = "stablehlo.negate"(%3613) : (tensor<f32>) -> tensor<f32>
    %3615 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3616 = "stablehlo.add"(%3614, %3615) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3617 = "stablehlo.broadcast_in_dim"(%3611) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3618 = "stablehlo.divide"(%3598, %3617) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3619 = "stablehlo.sqrt"(%3616) : (tensor<f32>) -> tensor<f32>
    %3620 = "stablehlo.sqrt"(%3606) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3621 = "stablehlo.broadcast_in_dim"(%3619) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3622 = "stablehlo.divide"(%3620, %3621) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3623 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3624 = "stablehlo.broadcast_in_dim"(%3623) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3625 = "stablehlo.add"(%3622, %3624) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3626 = "stablehlo.divide"(%3618, %3625) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3627 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3628 = "stablehlo.multiply"(%3626, %3627) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3629 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3630 = "stablehlo.multiply"(%2593, %3629) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3631 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3632 = "stablehlo.add"(%3630, %3631) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3633 = "stablehlo.broadcast_in_dim"(%3632) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3634 = "stablehlo.multiply"(%arg27, %3633) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3635 = "stablehlo.subtract"(%3634, %3628) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3639 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3640 = "stablehlo.add"(%arg163, %3639) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3641 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3642 = "stablehlo.broadcast_in_dim"(%3641) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3643 = "stablehlo.multiply"(%arg161, %3642) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3644 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3645 = "stablehlo.broadcast_in_dim"(%3644) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3646 = "stablehlo.multiply"(%2443, %3645) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3647 = "stablehlo.add"(%3643, %3646) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3648 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3649 = "stablehlo.broadcast_in_dim"(%3648) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3650 = "stablehlo.multiply"(%arg162, %3649) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3651 = "stablehlo.multiply"(%2443, %2443) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3652 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3653 = "stablehlo.broadcast_in_dim"(%3652) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3654 = "stablehlo.multiply"(%3651, %3653) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3655 = "stablehlo.add"(%3650, %3654) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3656 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3657 = "stablehlo.power"(%3656, %3640) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3658 = "stablehlo.negate"(%3657) : (tensor<f32>) -> tensor<f32>
    %3659 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3660 = "stablehlo.add"(%3658, %3659) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3661 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3662 = "stablehlo.power"(%3661, %3640) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3663 = "stablehlo.negate"(%3662) : (tensor<f32>) -> tensor<f32>
    %3664 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3665 = "stablehlo.add"(%3663, %3664) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3666 = "stablehlo.broadcast_in_dim"(%3660) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3667 = "stablehlo.divide"(%3647, %3666) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3668 = "stablehlo.sqrt"(%3665) : (tensor<f32>) -> tensor<f32>
    %3669 = "stablehlo.sqrt"(%3655) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3670 = "stablehlo.broadcast_in_dim"(%3668) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3671 = "stablehlo.divide"(%3669, %3670) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3672 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3673 = "stablehlo.broadcast_in_dim"(%3672) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3674 = "stablehlo.add"(%3671, %3673) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3675 = "stablehlo.divide"(%3667, %3674) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3676 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3677 = "stablehlo.multiply"(%3675, %3676) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3678 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3679 = "stablehlo.multiply"(%2593, %3678) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3680 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3681 = "stablehlo.add"(%3679, %3680) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3682 = "stablehlo.broadcast_in_dim"(%3681) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3683 = "stablehlo.multiply"(%arg28, %3682) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3684 = "stablehlo.subtract"(%3683, %3677) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3688 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3689 = "stablehlo.add"(%arg166, %3688) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3690 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3691 = "stablehlo.broadcast_in_dim"(%3690) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3692 = "stablehlo.multiply"(%arg164, %3691) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3693 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3694 = "stablehlo.broadcast_in_dim"(%3693) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3695 = "stablehlo.multiply"(%2445, %3694) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3696 = "stablehlo.add"(%3692, %3695) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3697 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3698 = "stablehlo.broadcast_in_dim"(%3697) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3699 = "stablehlo.multiply"(%arg165, %3698) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3700 = "stablehlo.multiply"(%2445, %2445) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3701 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3702 = "stablehlo.broadcast_in_dim"(%3701) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3703 = "stablehlo.multiply"(%3700, %3702) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3704 = "stablehlo.add"(%3699, %3703) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3705 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3706 = "stablehlo.power"(%3705, %3689) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3707 = "stablehlo.negate"(%3706) : (tensor<f32>) -> tensor<f32>
    %3708 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3709 = "stablehlo.add"(%3707, %3708) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3710 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3711 = "stablehlo.power"(%3710, %3689) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3712 = "stablehlo.negate"(%3711) : (tensor<f32>) -> tensor<f32>
    %3713 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3714 = "stablehlo.add"(%3712, %3713) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3715 = "stablehlo.broadcast_in_dim"(%3709) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3716 = "stablehlo.divide"(%3696, %3715) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3717 = "stablehlo.sqrt"(%3714) : (tensor<f32>) -> tensor<f32>
    %3718 = "stablehlo.sqrt"(%3704) : (tensor<128xf32>) -> tensor<128xf32>
    %3719 = "stablehlo.broadcast_in_dim"(%3717) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3720 = "stablehlo.divide"(%3718, %3719) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3721 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3722 = "stablehlo.broadcast_in_dim"(%3721) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3723 = "stablehlo.add"(%3720, %3722) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3724 = "stablehlo.divide"(%3716, %3723) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3725 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3726 = "stablehlo.multiply"(%3724, %3725) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3727 = "stablehlo.subtract"(%arg29, %3726) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3731 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3732 = "stablehlo.add"(%arg169, %3731) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3733 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3734 = "stablehlo.broadcast_in_dim"(%3733) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3735 = "stablehlo.multiply"(%arg167, %3734) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3736 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3737 = "stablehlo.broadcast_in_dim"(%3736) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3738 = "stablehlo.multiply"(%2447, %3737) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3739 = "stablehlo.add"(%3735, %3738) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3740 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3741 = "stablehlo.broadcast_in_dim"(%3740) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3742 = "stablehlo.multiply"(%arg168, %3741) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3743 = "stablehlo.multiply"(%2447, %2447) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3744 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3745 = "stablehlo.broadcast_in_dim"(%3744) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3746 = "stablehlo.multiply"(%3743, %3745) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3747 = "stablehlo.add"(%3742, %3746) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3748 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3749 = "stablehlo.power"(%3748, %3732) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3750 = "stablehlo.negate"(%3749) : (tensor<f32>) -> tensor<f32>
    %3751 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3752 = "stablehlo.add"(%3750, %3751) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3753 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3754 = "stablehlo.power"(%3753, %3732) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3755 = "stablehlo.negate"(%3754) : (tensor<f32>) -> tensor<f32>
    %3756 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3757 = "stablehlo.add"(%3755, %3756) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3758 = "stablehlo.broadcast_in_dim"(%3752) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3759 = "stablehlo.divide"(%3739, %3758) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3760 = "stablehlo.sqrt"(%3757) : (tensor<f32>) -> tensor<f32>
    %3761 = "stablehlo.sqrt"(%3747) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %3762 = "stablehlo.broadcast_in_dim"(%3760) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3763 = "stablehlo.divide"(%3761, %3762) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3764 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3765 = "stablehlo.broadcast_in_dim"(%3764) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3766 = "stablehlo.add"(%3763, %3765) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3767 = "stablehlo.divide"(%3759, %3766) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3768 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3769 = "stablehlo.multiply"(%3767, %3768) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3770 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3771 = "stablehlo.multiply"(%2593, %3770) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3772 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3773 = "stablehlo.add"(%3771, %3772) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3774 = "stablehlo.broadcast_in_dim"(%3773) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %3775 = "stablehlo.multiply"(%arg30, %3774) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3776 = "stablehlo.subtract"(%3775, %3769) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %3780 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3781 = "stablehlo.add"(%arg172, %3780) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3782 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3783 = "stablehlo.broadcast_in_dim"(%3782) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3784 = "stablehlo.multiply"(%arg170, %3783) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3785 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3786 = "stablehlo.broadcast_in_dim"(%3785) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3787 = "stablehlo.multiply"(%2449, %3786) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3788 = "stablehlo.add"(%3784, %3787) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3789 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3790 = "stablehlo.broadcast_in_dim"(%3789) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3791 = "stablehlo.multiply"(%arg171, %3790) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3792 = "stablehlo.multiply"(%2449, %2449) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3793 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3794 = "stablehlo.broadcast_in_dim"(%3793) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3795 = "stablehlo.multiply"(%3792, %3794) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3796 = "stablehlo.add"(%3791, %3795) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3797 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3798 = "stablehlo.power"(%3797, %3781) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3799 = "stablehlo.negate"(%3798) : (tensor<f32>) -> tensor<f32>
    %3800 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3801 = "stablehlo.add"(%3799, %3800) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3802 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3803 = "stablehlo.power"(%3802, %3781) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3804 = "stablehlo.negate"(%3803) : (tensor<f32>) -> tensor<f32>
    %3805 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3806 = "stablehlo.add"(%3804, %3805) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3807 = "stablehlo.broadcast_in_dim"(%3801) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3808 = "stablehlo.divide"(%3788, %3807) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3809 = "stablehlo.sqrt"(%3806) : (tensor<f32>) -> tensor<f32>
    %3810 = "stablehlo.sqrt"(%3796) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %3811 = "stablehlo.broadcast_in_dim"(%3809) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3812 = "stablehlo.divide"(%3810, %3811) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3813 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3814 = "stablehlo.broadcast_in_dim"(%3813) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3815 = "stablehlo.add"(%3812, %3814) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3816 = "stablehlo.divide"(%3808, %3815) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3817 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3818 = "stablehlo.multiply"(%3816, %3817) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3819 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3820 = "stablehlo.multiply"(%2593, %3819) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3821 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3822 = "stablehlo.add"(%3820, %3821) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3823 = "stablehlo.broadcast_in_dim"(%3822) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %3824 = "stablehlo.multiply"(%arg31, %3823) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3825 = "stablehlo.subtract"(%3824, %3818) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %3829 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3830 = "stablehlo.add"(%arg175, %3829) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3831 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3832 = "stablehlo.broadcast_in_dim"(%3831) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3833 = "stablehlo.multiply"(%arg173, %3832) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3834 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3835 = "stablehlo.broadcast_in_dim"(%3834) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3836 = "stablehlo.multiply"(%2451, %3835) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3837 = "stablehlo.add"(%3833, %3836) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3838 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3839 = "stablehlo.broadcast_in_dim"(%3838) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3840 = "stablehlo.multiply"(%arg174, %3839) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3841 = "stablehlo.multiply"(%2451, %2451) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3842 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3843 = "stablehlo.broadcast_in_dim"(%3842) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3844 = "stablehlo.multiply"(%3841, %3843) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3845 = "stablehlo.add"(%3840, %3844) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3846 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3847 = "stablehlo.power"(%3846, %3830) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3848 = "stablehlo.negate"(%3847) : (tensor<f32>) -> tensor<f32>
    %3849 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3850 = "stablehlo.add"(%3848, %3849) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3851 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3852 = "stablehlo.power"(%3851, %3830) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3853 = "stablehlo.negate"(%3852) : (tensor<f32>) -> tensor<f32>
    %3854 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3855 = "stablehlo.add"(%3853, %3854) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3856 = "stablehlo.broadcast_in_dim"(%3850) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3857 = "stablehlo.divide"(%3837, %3856) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3858 = "stablehlo.sqrt"(%3855) : (tensor<f32>) -> tensor<f32>
    %3859 = "stablehlo.sqrt"(%3845) : (tensor<128xf32>) -> tensor<128xf32>
    %3860 = "stablehlo.broadcast_in_dim"(%3858) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3861 = "stablehlo.divide"(%3859, %3860) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3862 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3863 = "stablehlo.broadcast_in_dim"(%3862) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3864 = "stablehlo.add"(%3861, %3863) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3865 = "stablehlo.divide"(%3857, %3864) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3866 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %3867 = "stablehlo.multiply"(%3865, %3866) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3868 = "stablehlo.subtract"(%arg32, %3867) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %3872 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3873 = "stablehlo.add"(%arg178, %3872) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3874 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3875 = "stablehlo.broadcast_in_dim"(%3874) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3876 = "stablehlo.multiply"(%arg176, %3875) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3877 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3878 = "stablehlo.broadcast_in_dim"(%3877) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3879 = "stablehlo.multiply"(%2453, %3878) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3880 = "stablehlo.add"(%3876, %3879) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3881 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3882 = "stablehlo.broadcast_in_dim"(%3881) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3883 = "stablehlo.multiply"(%arg177, %3882) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3884 = "stablehlo.multiply"(%2453, %2453) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3885 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3886 = "stablehlo.broadcast_in_dim"(%3885) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3887 = "stablehlo.multiply"(%3884, %3886) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3888 = "stablehlo.add"(%3883, %3887) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3889 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3890 = "stablehlo.power"(%3889, %3873) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3891 = "stablehlo.negate"(%3890) : (tensor<f32>) -> tensor<f32>
    %3892 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3893 = "stablehlo.add"(%3891, %3892) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3894 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3895 = "stablehlo.power"(%3894, %3873) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3896 = "stablehlo.negate"(%3895) : (tensor<f32>) -> tensor<f32>
    %3897 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3898 = "stablehlo.add"(%3896, %3897) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3899 = "stablehlo.broadcast_in_dim"(%3893) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3900 = "stablehlo.divide"(%3880, %3899) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3901 = "stablehlo.sqrt"(%3898) : (tensor<f32>) -> tensor<f32>
    %3902 = "stablehlo.sqrt"(%3888) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3903 = "stablehlo.broadcast_in_dim"(%3901) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3904 = "stablehlo.divide"(%3902, %3903) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3905 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3906 = "stablehlo.broadcast_in_dim"(%3905) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3907 = "stablehlo.add"(%3904, %3906) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3908 = "stablehlo.divide"(%3900, %3907) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3909 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3910 = "stablehlo.multiply"(%3908, %3909) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3911 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3912 = "stablehlo.multiply"(%2593, %3911) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3913 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3914 = "stablehlo.add"(%3912, %3913) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3915 = "stablehlo.broadcast_in_dim"(%3914) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3916 = "stablehlo.multiply"(%arg33, %3915) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3917 = "stablehlo.subtract"(%3916, %3910) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3921 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3922 = "stablehlo.add"(%arg181, %3921) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3923 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3924 = "stablehlo.broadcast_in_dim"(%3923) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3925 = "stablehlo.multiply"(%arg179, %3924) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3926 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3927 = "stablehlo.broadcast_in_dim"(%3926) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3928 = "stablehlo.multiply"(%2455, %3927) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3929 = "stablehlo.add"(%3925, %3928) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3930 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3931 = "stablehlo.broadcast_in_dim"(%3930) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3932 = "stablehlo.multiply"(%arg180, %3931) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3933 = "stablehlo.multiply"(%2455, %2455) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3934 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3935 = "stablehlo.broadcast_in_dim"(%3934) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3936 = "stablehlo.multiply"(%3933, %3935) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3937 = "stablehlo.add"(%3932, %3936) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3938 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3939 = "stablehlo.power"(%3938, %3922) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3940 = "stablehlo.negate"(%3939) : (tensor<f32>) -> tensor<f32>
    %3941 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3942 = "stablehlo.add"(%3940, %3941) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3943 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3944 = "stablehlo.power"(%3943, %3922) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3945 = "stablehlo.negate"(%3944) : (tensor<f32>) -> tensor<f32>
    %3946 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3947 = "stablehlo.add"(%3945, %3946) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3948 = "stablehlo.broadcast_in_dim"(%3942) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3949 = "stablehlo.divide"(%3929, %3948) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3950 = "stablehlo.sqrt"(%3947) : (tensor<f32>) -> tensor<f32>
    %3951 = "stablehlo.sqrt"(%3937) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %3952 = "stablehlo.broadcast_in_dim"(%3950) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3953 = "stablehlo.divide"(%3951, %3952) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3954 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %3955 = "stablehlo.broadcast_in_dim"(%3954) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3956 = "stablehlo.add"(%3953, %3955) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3957 = "stablehlo.divide"(%3949, %3956) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3958 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3959 = "stablehlo.multiply"(%3957, %3958) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3960 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %3961 = "stablehlo.multiply"(%2593, %3960) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3962 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3963 = "stablehlo.add"(%3961, %3962) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3964 = "stablehlo.broadcast_in_dim"(%3963) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3965 = "stablehlo.multiply"(%arg34, %3964) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3966 = "stablehlo.subtract"(%3965, %3959) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3970 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3971 = "stablehlo.add"(%arg184, %3970) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3972 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3973 = "stablehlo.broadcast_in_dim"(%3972) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3974 = "stablehlo.multiply"(%arg182, %3973) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3975 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %3976 = "stablehlo.broadcast_in_dim"(%3975) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3977 = "stablehlo.multiply"(%2457, %3976) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3978 = "stablehlo.add"(%3974, %3977) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3979 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3980 = "stablehlo.broadcast_in_dim"(%3979) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3981 = "stablehlo.multiply"(%arg183, %3980) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3982 = "stablehlo.multiply"(%2457, %2457) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3983 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %3984 = "stablehlo.broadcast_in_dim"(%3983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3985 = "stablehlo.multiply"(%3982, %3984) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3986 = "stablehlo.add"(%3981, %3985) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3987 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %3988 = "stablehlo.power"(%3987, %3971) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3989 = "stablehlo.negate"(%3988) : (tensor<f32>) -> tensor<f32>
    %3990 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3991 = "stablehlo.add"(%3989, %3990) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3992 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %3993 = "stablehlo.power"(%3992, %3971) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3994 = "stablehlo.negate"(%3993) : (tensor<f32>) -> tensor<f32>
    %3995 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %3996 = "stablehlo.add"(%3994, %3995) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3997 = "stablehlo.broadcast_in_dim"(%3991) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %3998 = "stablehlo.divide"(%3978, %3997) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %3999 = "stablehlo.sqrt"(%3996) : (tensor<f32>) -> tensor<f32>
    %4000 = "stablehlo.sqrt"(%3986) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4001 = "stablehlo.broadcast_in_dim"(%3999) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4002 = "stablehlo.divide"(%4000, %4001) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4003 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4004 = "stablehlo.broadcast_in_dim"(%4003) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4005 = "stablehlo.add"(%4002, %4004) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4006 = "stablehlo.divide"(%3998, %4005) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4007 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4008 = "stablehlo.multiply"(%4006, %4007) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4009 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4010 = "stablehlo.multiply"(%2593, %4009) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4011 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4012 = "stablehlo.add"(%4010, %4011) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4013 = "stablehlo.broadcast_in_dim"(%4012) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4014 = "stablehlo.multiply"(%arg35, %4013) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4015 = "stablehlo.subtract"(%4014, %4008) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4019 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4020 = "stablehlo.add"(%arg187, %4019) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4021 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4022 = "stablehlo.broadcast_in_dim"(%4021) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4023 = "stablehlo.multiply"(%arg185, %4022) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4024 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4025 = "stablehlo.broadcast_in_dim"(%4024) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4026 = "stablehlo.multiply"(%2459, %4025) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4027 = "stablehlo.add"(%4023, %4026) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4028 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4029 = "stablehlo.broadcast_in_dim"(%4028) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4030 = "stablehlo.multiply"(%arg186, %4029) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4031 = "stablehlo.multiply"(%2459, %2459) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4032 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4033 = "stablehlo.broadcast_in_dim"(%4032) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4034 = "stablehlo.multiply"(%4031, %4033) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4035 = "stablehlo.add"(%4030, %4034) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4036 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4037 = "stablehlo.power"(%4036, %4020) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4038 = "stablehlo.negate"(%4037) : (tensor<f32>) -> tensor<f32>
    %4039 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4040 = "stablehlo.add"(%4038, %4039) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4041 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4042 = "stablehlo.power"(%4041, %4020) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4043 = "stablehlo.negate"(%4042) : (tensor<f32>) -> tensor<f32>
    %4044 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4045 = "stablehlo.add"(%4043, %4044) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4046 = "stablehlo.broadcast_in_dim"(%4040) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4047 = "stablehlo.divide"(%4027, %4046) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4048 = "stablehlo.sqrt"(%4045) : (tensor<f32>) -> tensor<f32>
    %4049 = "stablehlo.sqrt"(%4035) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4050 = "stablehlo.broadcast_in_dim"(%4048) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4051 = "stablehlo.divide"(%4049, %4050) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4052 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4053 = "stablehlo.broadcast_in_dim"(%4052) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4054 = "stablehlo.add"(%4051, %4053) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4055 = "stablehlo.divide"(%4047, %4054) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4056 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4057 = "stablehlo.multiply"(%4055, %4056) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4058 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4059 = "stablehlo.multiply"(%2593, %4058) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4060 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4061 = "stablehlo.add"(%4059, %4060) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4062 = "stablehlo.broadcast_in_dim"(%4061) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4063 = "stablehlo.multiply"(%arg36, %4062) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4064 = "stablehlo.subtract"(%4063, %4057) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4068 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4069 = "stablehlo.add"(%arg190, %4068) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4070 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4071 = "stablehlo.broadcast_in_dim"(%4070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4072 = "stablehlo.multiply"(%arg188, %4071) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4073 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4074 = "stablehlo.broadcast_in_dim"(%4073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4075 = "stablehlo.multiply"(%2461, %4074) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4076 = "stablehlo.add"(%4072, %4075) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4077 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4078 = "stablehlo.broadcast_in_dim"(%4077) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4079 = "stablehlo.multiply"(%arg189, %4078) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4080 = "stablehlo.multiply"(%2461, %2461) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4081 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4082 = "stablehlo.broadcast_in_dim"(%4081) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4083 = "stablehlo.multiply"(%4080, %4082) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4084 = "stablehlo.add"(%4079, %4083) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4085 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4086 = "stablehlo.power"(%4085, %4069) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4087 = "stablehlo.negate"(%4086) : (tensor<f32>) -> tensor<f32>
    %4088 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4089 = "stablehlo.add"(%4087, %4088) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4090 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4091 = "stablehlo.power"(%4090, %4069) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4092 = "stablehlo.negate"(%4091) : (tensor<f32>) -> tensor<f32>
    %4093 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4094 = "stablehlo.add"(%4092, %4093) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4095 = "stablehlo.broadcast_in_dim"(%4089) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4096 = "stablehlo.divide"(%4076, %4095) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4097 = "stablehlo.sqrt"(%4094) : (tensor<f32>) -> tensor<f32>
    %4098 = "stablehlo.sqrt"(%4084) : (tensor<128xf32>) -> tensor<128xf32>
    %4099 = "stablehlo.broadcast_in_dim"(%4097) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4100 = "stablehlo.divide"(%4098, %4099) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4101 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4102 = "stablehlo.broadcast_in_dim"(%4101) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4103 = "stablehlo.add"(%4100, %4102) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4104 = "stablehlo.divide"(%4096, %4103) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4105 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4106 = "stablehlo.multiply"(%4104, %4105) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4107 = "stablehlo.subtract"(%arg37, %4106) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4111 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4112 = "stablehlo.add"(%arg193, %4111) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4113 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4114 = "stablehlo.broadcast_in_dim"(%4113) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4115 = "stablehlo.multiply"(%arg191, %4114) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4116 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4117 = "stablehlo.broadcast_in_dim"(%4116) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4118 = "stablehlo.multiply"(%2463, %4117) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4119 = "stablehlo.add"(%4115, %4118) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4120 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4121 = "stablehlo.broadcast_in_dim"(%4120) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4122 = "stablehlo.multiply"(%arg192, %4121) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4123 = "stablehlo.multiply"(%2463, %2463) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4124 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4125 = "stablehlo.broadcast_in_dim"(%4124) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4126 = "stablehlo.multiply"(%4123, %4125) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4127 = "stablehlo.add"(%4122, %4126) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4128 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4129 = "stablehlo.power"(%4128, %4112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4130 = "stablehlo.negate"(%4129) : (tensor<f32>) -> tensor<f32>
    %4131 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4132 = "stablehlo.add"(%4130, %4131) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4133 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4134 = "stablehlo.power"(%4133, %4112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4135 = "stablehlo.negate"(%4134) : (tensor<f32>) -> tensor<f32>
    %4136 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4137 = "stablehlo.add"(%4135, %4136) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4138 = "stablehlo.broadcast_in_dim"(%4132) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4139 = "stablehlo.divide"(%4119, %4138) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4140 = "stablehlo.sqrt"(%4137) : (tensor<f32>) -> tensor<f32>
    %4141 = "stablehlo.sqrt"(%4127) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %4142 = "stablehlo.broadcast_in_dim"(%4140) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4143 = "stablehlo.divide"(%4141, %4142) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4144 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4145 = "stablehlo.broadcast_in_dim"(%4144) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4146 = "stablehlo.add"(%4143, %4145) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4147 = "stablehlo.divide"(%4139, %4146) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4148 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4149 = "stablehlo.multiply"(%4147, %4148) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4150 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4151 = "stablehlo.multiply"(%2593, %4150) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4152 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4153 = "stablehlo.add"(%4151, %4152) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4154 = "stablehlo.broadcast_in_dim"(%4153) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4155 = "stablehlo.multiply"(%arg38, %4154) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4156 = "stablehlo.subtract"(%4155, %4149) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4160 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4161 = "stablehlo.add"(%arg196, %4160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4162 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4163 = "stablehlo.broadcast_in_dim"(%4162) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4164 = "stablehlo.multiply"(%arg194, %4163) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4165 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4166 = "stablehlo.broadcast_in_dim"(%4165) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4167 = "stablehlo.multiply"(%2465, %4166) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4168 = "stablehlo.add"(%4164, %4167) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4169 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4170 = "stablehlo.broadcast_in_dim"(%4169) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4171 = "stablehlo.multiply"(%arg195, %4170) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4172 = "stablehlo.multiply"(%2465, %2465) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4173 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4174 = "stablehlo.broadcast_in_dim"(%4173) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4175 = "stablehlo.multiply"(%4172, %4174) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4176 = "stablehlo.add"(%4171, %4175) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4177 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4178 = "stablehlo.power"(%4177, %4161) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4179 = "stablehlo.negate"(%4178) : (tensor<f32>) -> tensor<f32>
    %4180 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4181 = "stablehlo.add"(%4179, %4180) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4182 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4183 = "stablehlo.power"(%4182, %4161) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4184 = "stablehlo.negate"(%4183) : (tensor<f32>) -> tensor<f32>
    %4185 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4186 = "stablehlo.add"(%4184, %4185) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4187 = "stablehlo.broadcast_in_dim"(%4181) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4188 = "stablehlo.divide"(%4168, %4187) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4189 = "stablehlo.sqrt"(%4186) : (tensor<f32>) -> tensor<f32>
    %4190 = "stablehlo.sqrt"(%4176) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %4191 = "stablehlo.broadcast_in_dim"(%4189) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4192 = "stablehlo.divide"(%4190, %4191) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4193 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4194 = "stablehlo.broadcast_in_dim"(%4193) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4195 = "stablehlo.add"(%4192, %4194) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4196 = "stablehlo.divide"(%4188, %4195) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4197 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4198 = "stablehlo.multiply"(%4196, %4197) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4199 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4200 = "stablehlo.multiply"(%2593, %4199) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4201 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4202 = "stablehlo.add"(%4200, %4201) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4203 = "stablehlo.broadcast_in_dim"(%4202) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4204 = "stablehlo.multiply"(%arg39, %4203) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4205 = "stablehlo.subtract"(%4204, %4198) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4209 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4210 = "stablehlo.add"(%arg199, %4209) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4211 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4212 = "stablehlo.broadcast_in_dim"(%4211) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4213 = "stablehlo.multiply"(%arg197, %4212) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4214 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4215 = "stablehlo.broadcast_in_dim"(%4214) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4216 = "stablehlo.multiply"(%2467, %4215) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4217 = "stablehlo.add"(%4213, %4216) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4218 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4219 = "stablehlo.broadcast_in_dim"(%4218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4220 = "stablehlo.multiply"(%arg198, %4219) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4221 = "stablehlo.multiply"(%2467, %2467) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4222 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4223 = "stablehlo.broadcast_in_dim"(%4222) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4224 = "stablehlo.multiply"(%4221, %4223) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4225 = "stablehlo.add"(%4220, %4224) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4226 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4227 = "stablehlo.power"(%4226, %4210) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4228 = "stablehlo.negate"(%4227) : (tensor<f32>) -> tensor<f32>
    %4229 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4230 = "stablehlo.add"(%4228, %4229) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4231 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4232 = "stablehlo.power"(%4231, %4210) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4233 = "stablehlo.negate"(%4232) : (tensor<f32>) -> tensor<f32>
    %4234 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4235 = "stablehlo.add"(%4233, %4234) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4236 = "stablehlo.broadcast_in_dim"(%4230) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4237 = "stablehlo.divide"(%4217, %4236) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4238 = "stablehlo.sqrt"(%4235) : (tensor<f32>) -> tensor<f32>
    %4239 = "stablehlo.sqrt"(%4225) : (tensor<128xf32>) -> tensor<128xf32>
    %4240 = "stablehlo.broadcast_in_dim"(%4238) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4241 = "stablehlo.divide"(%4239, %4240) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4242 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4243 = "stablehlo.broadcast_in_dim"(%4242) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4244 = "stablehlo.add"(%4241, %4243) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4245 = "stablehlo.divide"(%4237, %4244) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4246 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4247 = "stablehlo.multiply"(%4245, %4246) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4248 = "stablehlo.subtract"(%arg40, %4247) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4252 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4253 = "stablehlo.add"(%arg202, %4252) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4254 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4255 = "stablehlo.broadcast_in_dim"(%4254) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4256 = "stablehlo.multiply"(%arg200, %4255) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4257 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4258 = "stablehlo.broadcast_in_dim"(%4257) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4259 = "stablehlo.multiply"(%2469, %4258) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4260 = "stablehlo.add"(%4256, %4259) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4261 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4262 = "stablehlo.broadcast_in_dim"(%4261) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4263 = "stablehlo.multiply"(%arg201, %4262) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4264 = "stablehlo.multiply"(%2469, %2469) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4265 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4266 = "stablehlo.broadcast_in_dim"(%4265) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4267 = "stablehlo.multiply"(%4264, %4266) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4268 = "stablehlo.add"(%4263, %4267) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4269 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4270 = "stablehlo.power"(%4269, %4253) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4271 = "stablehlo.negate"(%4270) : (tensor<f32>) -> tensor<f32>
    %4272 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4273 = "stablehlo.add"(%4271, %4272) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4274 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4275 = "stablehlo.power"(%4274, %4253) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4276 = "stablehlo.negate"(%4275) : (tensor<f32>) -> tensor<f32>
    %4277 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4278 = "stablehlo.add"(%4276, %4277) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4279 = "stablehlo.broadcast_in_dim"(%4273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4280 = "stablehlo.divide"(%4260, %4279) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4281 = "stablehlo.sqrt"(%4278) : (tensor<f32>) -> tensor<f32>
    %4282 = "stablehlo.sqrt"(%4268) : (tensor<32x4xf32>) -> tensor<32x4xf32>
    %4283 = "stablehlo.broadcast_in_dim"(%4281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4284 = "stablehlo.divide"(%4282, %4283) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4285 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4286 = "stablehlo.broadcast_in_dim"(%4285) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4287 = "stablehlo.add"(%4284, %4286) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4288 = "stablehlo.divide"(%4280, %4287) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4289 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x4xf32>
    %4290 = "stablehlo.multiply"(%4288, %4289) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4291 = "stablehlo.subtract"(%arg41, %4290) : (tensor<32x4xf32>, tensor<32x4xf32>) -> tensor<32x4xf32>
    %4295 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4296 = "stablehlo.add"(%arg205, %4295) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4297 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4298 = "stablehlo.broadcast_in_dim"(%4297) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4299 = "stablehlo.multiply"(%arg203, %4298) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4300 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4301 = "stablehlo.broadcast_in_dim"(%4300) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4302 = "stablehlo.multiply"(%2471, %4301) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4303 = "stablehlo.add"(%4299, %4302) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4304 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4305 = "stablehlo.broadcast_in_dim"(%4304) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4306 = "stablehlo.multiply"(%arg204, %4305) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4307 = "stablehlo.multiply"(%2471, %2471) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4308 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4309 = "stablehlo.broadcast_in_dim"(%4308) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4310 = "stablehlo.multiply"(%4307, %4309) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4311 = "stablehlo.add"(%4306, %4310) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4312 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4313 = "stablehlo.power"(%4312, %4296) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4314 = "stablehlo.negate"(%4313) : (tensor<f32>) -> tensor<f32>
    %4315 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4316 = "stablehlo.add"(%4314, %4315) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4317 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4318 = "stablehlo.power"(%4317, %4296) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4319 = "stablehlo.negate"(%4318) : (tensor<f32>) -> tensor<f32>
    %4320 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4321 = "stablehlo.add"(%4319, %4320) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4322 = "stablehlo.broadcast_in_dim"(%4316) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4323 = "stablehlo.divide"(%4303, %4322) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4324 = "stablehlo.sqrt"(%4321) : (tensor<f32>) -> tensor<f32>
    %4325 = "stablehlo.sqrt"(%4311) : (tensor<128xf32>) -> tensor<128xf32>
    %4326 = "stablehlo.broadcast_in_dim"(%4324) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4327 = "stablehlo.divide"(%4325, %4326) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4328 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4329 = "stablehlo.broadcast_in_dim"(%4328) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4330 = "stablehlo.add"(%4327, %4329) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4331 = "stablehlo.divide"(%4323, %4330) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4332 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4333 = "stablehlo.multiply"(%4331, %4332) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4334 = "stablehlo.subtract"(%arg42, %4333) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4338 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4339 = "stablehlo.add"(%arg208, %4338) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4340 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4341 = "stablehlo.broadcast_in_dim"(%4340) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4342 = "stablehlo.multiply"(%arg206, %4341) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4343 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4344 = "stablehlo.broadcast_in_dim"(%4343) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4345 = "stablehlo.multiply"(%2473, %4344) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4346 = "stablehlo.add"(%4342, %4345) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4347 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4348 = "stablehlo.broadcast_in_dim"(%4347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4349 = "stablehlo.multiply"(%arg207, %4348) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4350 = "stablehlo.multiply"(%2473, %2473) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4351 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4352 = "stablehlo.broadcast_in_dim"(%4351) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4353 = "stablehlo.multiply"(%4350, %4352) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4354 = "stablehlo.add"(%4349, %4353) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4355 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4356 = "stablehlo.power"(%4355, %4339) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4357 = "stablehlo.negate"(%4356) : (tensor<f32>) -> tensor<f32>
    %4358 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4359 = "stablehlo.add"(%4357, %4358) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4360 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4361 = "stablehlo.power"(%4360, %4339) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4362 = "stablehlo.negate"(%4361) : (tensor<f32>) -> tensor<f32>
    %4363 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4364 = "stablehlo.add"(%4362, %4363) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4365 = "stablehlo.broadcast_in_dim"(%4359) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4366 = "stablehlo.divide"(%4346, %4365) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4367 = "stablehlo.sqrt"(%4364) : (tensor<f32>) -> tensor<f32>
    %4368 = "stablehlo.sqrt"(%4354) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4369 = "stablehlo.broadcast_in_dim"(%4367) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4370 = "stablehlo.divide"(%4368, %4369) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4371 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4372 = "stablehlo.broadcast_in_dim"(%4371) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4373 = "stablehlo.add"(%4370, %4372) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4374 = "stablehlo.divide"(%4366, %4373) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4375 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4376 = "stablehlo.multiply"(%4374, %4375) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4377 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4378 = "stablehlo.multiply"(%2593, %4377) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4379 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4380 = "stablehlo.add"(%4378, %4379) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4381 = "stablehlo.broadcast_in_dim"(%4380) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4382 = "stablehlo.multiply"(%arg43, %4381) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4383 = "stablehlo.subtract"(%4382, %4376) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4387 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4388 = "stablehlo.add"(%arg211, %4387) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4389 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4390 = "stablehlo.broadcast_in_dim"(%4389) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4391 = "stablehlo.multiply"(%arg209, %4390) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4392 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4393 = "stablehlo.broadcast_in_dim"(%4392) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4394 = "stablehlo.multiply"(%2475, %4393) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4395 = "stablehlo.add"(%4391, %4394) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4396 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4397 = "stablehlo.broadcast_in_dim"(%4396) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4398 = "stablehlo.multiply"(%arg210, %4397) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4399 = "stablehlo.multiply"(%2475, %2475) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4400 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4401 = "stablehlo.broadcast_in_dim"(%4400) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4402 = "stablehlo.multiply"(%4399, %4401) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4403 = "stablehlo.add"(%4398, %4402) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4404 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4405 = "stablehlo.power"(%4404, %4388) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4406 = "stablehlo.negate"(%4405) : (tensor<f32>) -> tensor<f32>
    %4407 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4408 = "stablehlo.add"(%4406, %4407) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4409 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4410 = "stablehlo.power"(%4409, %4388) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4411 = "stablehlo.negate"(%4410) : (tensor<f32>) -> tensor<f32>
    %4412 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4413 = "stablehlo.add"(%4411, %4412) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4414 = "stablehlo.broadcast_in_dim"(%4408) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4415 = "stablehlo.divide"(%4395, %4414) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4416 = "stablehlo.sqrt"(%4413) : (tensor<f32>) -> tensor<f32>
    %4417 = "stablehlo.sqrt"(%4403) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4418 = "stablehlo.broadcast_in_dim"(%4416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4419 = "stablehlo.divide"(%4417, %4418) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4420 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4421 = "stablehlo.broadcast_in_dim"(%4420) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4422 = "stablehlo.add"(%4419, %4421) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4423 = "stablehlo.divide"(%4415, %4422) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4424 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4425 = "stablehlo.multiply"(%4423, %4424) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4426 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4427 = "stablehlo.multiply"(%2593, %4426) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4428 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4429 = "stablehlo.add"(%4427, %4428) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4430 = "stablehlo.broadcast_in_dim"(%4429) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4431 = "stablehlo.multiply"(%arg44, %4430) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4432 = "stablehlo.subtract"(%4431, %4425) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4436 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4437 = "stablehlo.add"(%arg214, %4436) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4438 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4439 = "stablehlo.broadcast_in_dim"(%4438) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4440 = "stablehlo.multiply"(%arg212, %4439) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4441 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4442 = "stablehlo.broadcast_in_dim"(%4441) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4443 = "stablehlo.multiply"(%2477, %4442) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4444 = "stablehlo.add"(%4440, %4443) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4445 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4446 = "stablehlo.broadcast_in_dim"(%4445) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4447 = "stablehlo.multiply"(%arg213, %4446) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4448 = "stablehlo.multiply"(%2477, %2477) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4449 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4450 = "stablehlo.broadcast_in_dim"(%4449) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4451 = "stablehlo.multiply"(%4448, %4450) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4452 = "stablehlo.add"(%4447, %4451) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4453 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4454 = "stablehlo.power"(%4453, %4437) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4455 = "stablehlo.negate"(%4454) : (tensor<f32>) -> tensor<f32>
    %4456 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4457 = "stablehlo.add"(%4455, %4456) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4458 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4459 = "stablehlo.power"(%4458, %4437) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4460 = "stablehlo.negate"(%4459) : (tensor<f32>) -> tensor<f32>
    %4461 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4462 = "stablehlo.add"(%4460, %4461) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4463 = "stablehlo.broadcast_in_dim"(%4457) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4464 = "stablehlo.divide"(%4444, %4463) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4465 = "stablehlo.sqrt"(%4462) : (tensor<f32>) -> tensor<f32>
    %4466 = "stablehlo.sqrt"(%4452) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4467 = "stablehlo.broadcast_in_dim"(%4465) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4468 = "stablehlo.divide"(%4466, %4467) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4469 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4470 = "stablehlo.broadcast_in_dim"(%4469) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4471 = "stablehlo.add"(%4468, %4470) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4472 = "stablehlo.divide"(%4464, %4471) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4473 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4474 = "stablehlo.multiply"(%4472, %4473) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4475 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4476 = "stablehlo.multiply"(%2593, %4475) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4477 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4478 = "stablehlo.add"(%4476, %4477) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4479 = "stablehlo.broadcast_in_dim"(%4478) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4480 = "stablehlo.multiply"(%arg45, %4479) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4481 = "stablehlo.subtract"(%4480, %4474) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4485 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4486 = "stablehlo.add"(%arg217, %4485) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4487 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4488 = "stablehlo.broadcast_in_dim"(%4487) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4489 = "stablehlo.multiply"(%arg215, %4488) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4490 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4491 = "stablehlo.broadcast_in_dim"(%4490) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4492 = "stablehlo.multiply"(%2479, %4491) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4493 = "stablehlo.add"(%4489, %4492) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4494 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4495 = "stablehlo.broadcast_in_dim"(%4494) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4496 = "stablehlo.multiply"(%arg216, %4495) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4497 = "stablehlo.multiply"(%2479, %2479) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4498 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4499 = "stablehlo.broadcast_in_dim"(%4498) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4500 = "stablehlo.multiply"(%4497, %4499) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4501 = "stablehlo.add"(%4496, %4500) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4502 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4503 = "stablehlo.power"(%4502, %4486) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4504 = "stablehlo.negate"(%4503) : (tensor<f32>) -> tensor<f32>
    %4505 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4506 = "stablehlo.add"(%4504, %4505) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4507 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4508 = "stablehlo.power"(%4507, %4486) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4509 = "stablehlo.negate"(%4508) : (tensor<f32>) -> tensor<f32>
    %4510 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4511 = "stablehlo.add"(%4509, %4510) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4512 = "stablehlo.broadcast_in_dim"(%4506) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4513 = "stablehlo.divide"(%4493, %4512) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4514 = "stablehlo.sqrt"(%4511) : (tensor<f32>) -> tensor<f32>
    %4515 = "stablehlo.sqrt"(%4501) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4516 = "stablehlo.broadcast_in_dim"(%4514) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4517 = "stablehlo.divide"(%4515, %4516) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4518 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4519 = "stablehlo.broadcast_in_dim"(%4518) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4520 = "stablehlo.add"(%4517, %4519) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4521 = "stablehlo.divide"(%4513, %4520) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4522 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4523 = "stablehlo.multiply"(%4521, %4522) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4524 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4525 = "stablehlo.multiply"(%2593, %4524) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4526 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4527 = "stablehlo.add"(%4525, %4526) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4528 = "stablehlo.broadcast_in_dim"(%4527) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4529 = "stablehlo.multiply"(%arg46, %4528) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4530 = "stablehlo.subtract"(%4529, %4523) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4534 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4535 = "stablehlo.add"(%arg220, %4534) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4536 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4537 = "stablehlo.broadcast_in_dim"(%4536) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4538 = "stablehlo.multiply"(%arg218, %4537) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4539 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4540 = "stablehlo.broadcast_in_dim"(%4539) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4541 = "stablehlo.multiply"(%2481, %4540) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4542 = "stablehlo.add"(%4538, %4541) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4543 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4544 = "stablehlo.broadcast_in_dim"(%4543) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4545 = "stablehlo.multiply"(%arg219, %4544) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4546 = "stablehlo.multiply"(%2481, %2481) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4547 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4548 = "stablehlo.broadcast_in_dim"(%4547) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4549 = "stablehlo.multiply"(%4546, %4548) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4550 = "stablehlo.add"(%4545, %4549) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4551 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4552 = "stablehlo.power"(%4551, %4535) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4553 = "stablehlo.negate"(%4552) : (tensor<f32>) -> tensor<f32>
    %4554 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4555 = "stablehlo.add"(%4553, %4554) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4556 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4557 = "stablehlo.power"(%4556, %4535) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4558 = "stablehlo.negate"(%4557) : (tensor<f32>) -> tensor<f32>
    %4559 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4560 = "stablehlo.add"(%4558, %4559) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4561 = "stablehlo.broadcast_in_dim"(%4555) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4562 = "stablehlo.divide"(%4542, %4561) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4563 = "stablehlo.sqrt"(%4560) : (tensor<f32>) -> tensor<f32>
    %4564 = "stablehlo.sqrt"(%4550) : (tensor<128xf32>) -> tensor<128xf32>
    %4565 = "stablehlo.broadcast_in_dim"(%4563) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4566 = "stablehlo.divide"(%4564, %4565) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4567 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4568 = "stablehlo.broadcast_in_dim"(%4567) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4569 = "stablehlo.add"(%4566, %4568) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4570 = "stablehlo.divide"(%4562, %4569) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4571 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4572 = "stablehlo.multiply"(%4570, %4571) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4573 = "stablehlo.subtract"(%arg47, %4572) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4577 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4578 = "stablehlo.add"(%arg223, %4577) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4579 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4580 = "stablehlo.broadcast_in_dim"(%4579) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4581 = "stablehlo.multiply"(%arg221, %4580) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4582 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4583 = "stablehlo.broadcast_in_dim"(%4582) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4584 = "stablehlo.multiply"(%2483, %4583) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4585 = "stablehlo.add"(%4581, %4584) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4586 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4587 = "stablehlo.broadcast_in_dim"(%4586) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4588 = "stablehlo.multiply"(%arg222, %4587) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4589 = "stablehlo.multiply"(%2483, %2483) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4590 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4591 = "stablehlo.broadcast_in_dim"(%4590) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4592 = "stablehlo.multiply"(%4589, %4591) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4593 = "stablehlo.add"(%4588, %4592) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4594 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4595 = "stablehlo.power"(%4594, %4578) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4596 = "stablehlo.negate"(%4595) : (tensor<f32>) -> tensor<f32>
    %4597 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4598 = "stablehlo.add"(%4596, %4597) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4599 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4600 = "stablehlo.power"(%4599, %4578) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4601 = "stablehlo.negate"(%4600) : (tensor<f32>) -> tensor<f32>
    %4602 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4603 = "stablehlo.add"(%4601, %4602) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4604 = "stablehlo.broadcast_in_dim"(%4598) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4605 = "stablehlo.divide"(%4585, %4604) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4606 = "stablehlo.sqrt"(%4603) : (tensor<f32>) -> tensor<f32>
    %4607 = "stablehlo.sqrt"(%4593) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4608 = "stablehlo.broadcast_in_dim"(%4606) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4609 = "stablehlo.divide"(%4607, %4608) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4610 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4611 = "stablehlo.broadcast_in_dim"(%4610) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4612 = "stablehlo.add"(%4609, %4611) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4613 = "stablehlo.divide"(%4605, %4612) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4614 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4615 = "stablehlo.multiply"(%4613, %4614) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4616 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4617 = "stablehlo.multiply"(%2593, %4616) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4618 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4619 = "stablehlo.add"(%4617, %4618) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4620 = "stablehlo.broadcast_in_dim"(%4619) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4621 = "stablehlo.multiply"(%arg48, %4620) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4622 = "stablehlo.subtract"(%4621, %4615) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4626 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4627 = "stablehlo.add"(%arg226, %4626) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4628 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4629 = "stablehlo.broadcast_in_dim"(%4628) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4630 = "stablehlo.multiply"(%arg224, %4629) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4631 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4632 = "stablehlo.broadcast_in_dim"(%4631) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4633 = "stablehlo.multiply"(%2485, %4632) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4634 = "stablehlo.add"(%4630, %4633) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4635 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4636 = "stablehlo.broadcast_in_dim"(%4635) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4637 = "stablehlo.multiply"(%arg225, %4636) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4638 = "stablehlo.multiply"(%2485, %2485) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4639 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4640 = "stablehlo.broadcast_in_dim"(%4639) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4641 = "stablehlo.multiply"(%4638, %4640) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4642 = "stablehlo.add"(%4637, %4641) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4643 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4644 = "stablehlo.power"(%4643, %4627) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4645 = "stablehlo.negate"(%4644) : (tensor<f32>) -> tensor<f32>
    %4646 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4647 = "stablehlo.add"(%4645, %4646) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4648 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4649 = "stablehlo.power"(%4648, %4627) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4650 = "stablehlo.negate"(%4649) : (tensor<f32>) -> tensor<f32>
    %4651 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4652 = "stablehlo.add"(%4650, %4651) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4653 = "stablehlo.broadcast_in_dim"(%4647) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4654 = "stablehlo.divide"(%4634, %4653) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4655 = "stablehlo.sqrt"(%4652) : (tensor<f32>) -> tensor<f32>
    %4656 = "stablehlo.sqrt"(%4642) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4657 = "stablehlo.broadcast_in_dim"(%4655) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4658 = "stablehlo.divide"(%4656, %4657) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4659 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4660 = "stablehlo.broadcast_in_dim"(%4659) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4661 = "stablehlo.add"(%4658, %4660) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4662 = "stablehlo.divide"(%4654, %4661) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4663 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4664 = "stablehlo.multiply"(%4662, %4663) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4665 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4666 = "stablehlo.multiply"(%2593, %4665) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4667 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4668 = "stablehlo.add"(%4666, %4667) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4669 = "stablehlo.broadcast_in_dim"(%4668) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4670 = "stablehlo.multiply"(%arg49, %4669) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4671 = "stablehlo.subtract"(%4670, %4664) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4675 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4676 = "stablehlo.add"(%arg229, %4675) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4677 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4678 = "stablehlo.broadcast_in_dim"(%4677) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4679 = "stablehlo.multiply"(%arg227, %4678) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4680 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4681 = "stablehlo.broadcast_in_dim"(%4680) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4682 = "stablehlo.multiply"(%2487, %4681) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4683 = "stablehlo.add"(%4679, %4682) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4684 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4685 = "stablehlo.broadcast_in_dim"(%4684) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4686 = "stablehlo.multiply"(%arg228, %4685) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4687 = "stablehlo.multiply"(%2487, %2487) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4688 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4689 = "stablehlo.broadcast_in_dim"(%4688) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4690 = "stablehlo.multiply"(%4687, %4689) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4691 = "stablehlo.add"(%4686, %4690) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4692 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4693 = "stablehlo.power"(%4692, %4676) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4694 = "stablehlo.negate"(%4693) : (tensor<f32>) -> tensor<f32>
    %4695 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4696 = "stablehlo.add"(%4694, %4695) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4697 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4698 = "stablehlo.power"(%4697, %4676) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4699 = "stablehlo.negate"(%4698) : (tensor<f32>) -> tensor<f32>
    %4700 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4701 = "stablehlo.add"(%4699, %4700) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4702 = "stablehlo.broadcast_in_dim"(%4696) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4703 = "stablehlo.divide"(%4683, %4702) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4704 = "stablehlo.sqrt"(%4701) : (tensor<f32>) -> tensor<f32>
    %4705 = "stablehlo.sqrt"(%4691) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4706 = "stablehlo.broadcast_in_dim"(%4704) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4707 = "stablehlo.divide"(%4705, %4706) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4708 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4709 = "stablehlo.broadcast_in_dim"(%4708) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4710 = "stablehlo.add"(%4707, %4709) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4711 = "stablehlo.divide"(%4703, %4710) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4712 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4713 = "stablehlo.multiply"(%4711, %4712) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4714 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4715 = "stablehlo.multiply"(%2593, %4714) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4716 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4717 = "stablehlo.add"(%4715, %4716) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4718 = "stablehlo.broadcast_in_dim"(%4717) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4719 = "stablehlo.multiply"(%arg50, %4718) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4720 = "stablehlo.subtract"(%4719, %4713) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4724 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4725 = "stablehlo.add"(%arg232, %4724) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4726 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4727 = "stablehlo.broadcast_in_dim"(%4726) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4728 = "stablehlo.multiply"(%arg230, %4727) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4729 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4730 = "stablehlo.broadcast_in_dim"(%4729) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4731 = "stablehlo.multiply"(%2489, %4730) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4732 = "stablehlo.add"(%4728, %4731) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4733 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4734 = "stablehlo.broadcast_in_dim"(%4733) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4735 = "stablehlo.multiply"(%arg231, %4734) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4736 = "stablehlo.multiply"(%2489, %2489) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4737 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4738 = "stablehlo.broadcast_in_dim"(%4737) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4739 = "stablehlo.multiply"(%4736, %4738) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4740 = "stablehlo.add"(%4735, %4739) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4741 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4742 = "stablehlo.power"(%4741, %4725) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4743 = "stablehlo.negate"(%4742) : (tensor<f32>) -> tensor<f32>
    %4744 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4745 = "stablehlo.add"(%4743, %4744) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4746 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4747 = "stablehlo.power"(%4746, %4725) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4748 = "stablehlo.negate"(%4747) : (tensor<f32>) -> tensor<f32>
    %4749 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4750 = "stablehlo.add"(%4748, %4749) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4751 = "stablehlo.broadcast_in_dim"(%4745) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4752 = "stablehlo.divide"(%4732, %4751) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4753 = "stablehlo.sqrt"(%4750) : (tensor<f32>) -> tensor<f32>
    %4754 = "stablehlo.sqrt"(%4740) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4755 = "stablehlo.broadcast_in_dim"(%4753) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4756 = "stablehlo.divide"(%4754, %4755) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4757 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4758 = "stablehlo.broadcast_in_dim"(%4757) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4759 = "stablehlo.add"(%4756, %4758) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4760 = "stablehlo.divide"(%4752, %4759) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4761 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4762 = "stablehlo.multiply"(%4760, %4761) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4763 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4764 = "stablehlo.multiply"(%2593, %4763) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4765 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4766 = "stablehlo.add"(%4764, %4765) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4767 = "stablehlo.broadcast_in_dim"(%4766) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4768 = "stablehlo.multiply"(%arg51, %4767) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4769 = "stablehlo.subtract"(%4768, %4762) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4773 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4774 = "stablehlo.add"(%arg235, %4773) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4775 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4776 = "stablehlo.broadcast_in_dim"(%4775) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4777 = "stablehlo.multiply"(%arg233, %4776) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4778 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4779 = "stablehlo.broadcast_in_dim"(%4778) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4780 = "stablehlo.multiply"(%2491, %4779) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4781 = "stablehlo.add"(%4777, %4780) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4782 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4783 = "stablehlo.broadcast_in_dim"(%4782) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4784 = "stablehlo.multiply"(%arg234, %4783) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4785 = "stablehlo.multiply"(%2491, %2491) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4786 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4787 = "stablehlo.broadcast_in_dim"(%4786) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4788 = "stablehlo.multiply"(%4785, %4787) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4789 = "stablehlo.add"(%4784, %4788) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4790 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4791 = "stablehlo.power"(%4790, %4774) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4792 = "stablehlo.negate"(%4791) : (tensor<f32>) -> tensor<f32>
    %4793 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4794 = "stablehlo.add"(%4792, %4793) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4795 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4796 = "stablehlo.power"(%4795, %4774) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4797 = "stablehlo.negate"(%4796) : (tensor<f32>) -> tensor<f32>
    %4798 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4799 = "stablehlo.add"(%4797, %4798) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4800 = "stablehlo.broadcast_in_dim"(%4794) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4801 = "stablehlo.divide"(%4781, %4800) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4802 = "stablehlo.sqrt"(%4799) : (tensor<f32>) -> tensor<f32>
    %4803 = "stablehlo.sqrt"(%4789) : (tensor<128xf32>) -> tensor<128xf32>
    %4804 = "stablehlo.broadcast_in_dim"(%4802) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4805 = "stablehlo.divide"(%4803, %4804) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4806 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4807 = "stablehlo.broadcast_in_dim"(%4806) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4808 = "stablehlo.add"(%4805, %4807) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4809 = "stablehlo.divide"(%4801, %4808) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4810 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4811 = "stablehlo.multiply"(%4809, %4810) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4812 = "stablehlo.subtract"(%arg52, %4811) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4816 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4817 = "stablehlo.add"(%arg238, %4816) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4818 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4819 = "stablehlo.broadcast_in_dim"(%4818) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4820 = "stablehlo.multiply"(%arg236, %4819) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4821 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4822 = "stablehlo.broadcast_in_dim"(%4821) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4823 = "stablehlo.multiply"(%2493, %4822) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4824 = "stablehlo.add"(%4820, %4823) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4825 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4826 = "stablehlo.broadcast_in_dim"(%4825) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4827 = "stablehlo.multiply"(%arg237, %4826) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4828 = "stablehlo.multiply"(%2493, %2493) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4829 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4830 = "stablehlo.broadcast_in_dim"(%4829) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4831 = "stablehlo.multiply"(%4828, %4830) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4832 = "stablehlo.add"(%4827, %4831) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4833 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4834 = "stablehlo.power"(%4833, %4817) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4835 = "stablehlo.negate"(%4834) : (tensor<f32>) -> tensor<f32>
    %4836 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4837 = "stablehlo.add"(%4835, %4836) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4838 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4839 = "stablehlo.power"(%4838, %4817) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4840 = "stablehlo.negate"(%4839) : (tensor<f32>) -> tensor<f32>
    %4841 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4842 = "stablehlo.add"(%4840, %4841) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4843 = "stablehlo.broadcast_in_dim"(%4837) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4844 = "stablehlo.divide"(%4824, %4843) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4845 = "stablehlo.sqrt"(%4842) : (tensor<f32>) -> tensor<f32>
    %4846 = "stablehlo.sqrt"(%4832) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %4847 = "stablehlo.broadcast_in_dim"(%4845) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4848 = "stablehlo.divide"(%4846, %4847) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4849 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4850 = "stablehlo.broadcast_in_dim"(%4849) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4851 = "stablehlo.add"(%4848, %4850) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4852 = "stablehlo.divide"(%4844, %4851) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4853 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4854 = "stablehlo.multiply"(%4852, %4853) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4855 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4856 = "stablehlo.multiply"(%2593, %4855) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4857 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4858 = "stablehlo.add"(%4856, %4857) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4859 = "stablehlo.broadcast_in_dim"(%4858) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %4860 = "stablehlo.multiply"(%arg53, %4859) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4861 = "stablehlo.subtract"(%4860, %4854) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %4865 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4866 = "stablehlo.add"(%arg241, %4865) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4867 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4868 = "stablehlo.broadcast_in_dim"(%4867) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4869 = "stablehlo.multiply"(%arg239, %4868) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4870 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4871 = "stablehlo.broadcast_in_dim"(%4870) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4872 = "stablehlo.multiply"(%2495, %4871) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4873 = "stablehlo.add"(%4869, %4872) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4874 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4875 = "stablehlo.broadcast_in_dim"(%4874) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4876 = "stablehlo.multiply"(%arg240, %4875) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4877 = "stablehlo.multiply"(%2495, %2495) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4878 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4879 = "stablehlo.broadcast_in_dim"(%4878) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4880 = "stablehlo.multiply"(%4877, %4879) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4881 = "stablehlo.add"(%4876, %4880) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4882 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4883 = "stablehlo.power"(%4882, %4866) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4884 = "stablehlo.negate"(%4883) : (tensor<f32>) -> tensor<f32>
    %4885 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4886 = "stablehlo.add"(%4884, %4885) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4887 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4888 = "stablehlo.power"(%4887, %4866) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4889 = "stablehlo.negate"(%4888) : (tensor<f32>) -> tensor<f32>
    %4890 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4891 = "stablehlo.add"(%4889, %4890) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4892 = "stablehlo.broadcast_in_dim"(%4886) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4893 = "stablehlo.divide"(%4873, %4892) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4894 = "stablehlo.sqrt"(%4891) : (tensor<f32>) -> tensor<f32>
    %4895 = "stablehlo.sqrt"(%4881) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %4896 = "stablehlo.broadcast_in_dim"(%4894) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4897 = "stablehlo.divide"(%4895, %4896) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4898 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4899 = "stablehlo.broadcast_in_dim"(%4898) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4900 = "stablehlo.add"(%4897, %4899) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4901 = "stablehlo.divide"(%4893, %4900) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4902 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4903 = "stablehlo.multiply"(%4901, %4902) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4904 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4905 = "stablehlo.multiply"(%2593, %4904) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4906 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4907 = "stablehlo.add"(%4905, %4906) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4908 = "stablehlo.broadcast_in_dim"(%4907) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %4909 = "stablehlo.multiply"(%arg54, %4908) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4910 = "stablehlo.subtract"(%4909, %4903) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %4914 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4915 = "stablehlo.add"(%arg244, %4914) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4916 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4917 = "stablehlo.broadcast_in_dim"(%4916) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4918 = "stablehlo.multiply"(%arg242, %4917) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4919 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4920 = "stablehlo.broadcast_in_dim"(%4919) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4921 = "stablehlo.multiply"(%2497, %4920) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4922 = "stablehlo.add"(%4918, %4921) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4923 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4924 = "stablehlo.broadcast_in_dim"(%4923) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4925 = "stablehlo.multiply"(%arg243, %4924) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4926 = "stablehlo.multiply"(%2497, %2497) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4927 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4928 = "stablehlo.broadcast_in_dim"(%4927) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4929 = "stablehlo.multiply"(%4926, %4928) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4930 = "stablehlo.add"(%4925, %4929) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4931 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4932 = "stablehlo.power"(%4931, %4915) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4933 = "stablehlo.negate"(%4932) : (tensor<f32>) -> tensor<f32>
    %4934 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4935 = "stablehlo.add"(%4933, %4934) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4936 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4937 = "stablehlo.power"(%4936, %4915) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4938 = "stablehlo.negate"(%4937) : (tensor<f32>) -> tensor<f32>
    %4939 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4940 = "stablehlo.add"(%4938, %4939) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4941 = "stablehlo.broadcast_in_dim"(%4935) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4942 = "stablehlo.divide"(%4922, %4941) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4943 = "stablehlo.sqrt"(%4940) : (tensor<f32>) -> tensor<f32>
    %4944 = "stablehlo.sqrt"(%4930) : (tensor<128xf32>) -> tensor<128xf32>
    %4945 = "stablehlo.broadcast_in_dim"(%4943) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4946 = "stablehlo.divide"(%4944, %4945) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4947 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4948 = "stablehlo.broadcast_in_dim"(%4947) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4949 = "stablehlo.add"(%4946, %4948) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4950 = "stablehlo.divide"(%4942, %4949) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4951 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %4952 = "stablehlo.multiply"(%4950, %4951) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4953 = "stablehlo.subtract"(%arg55, %4952) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %4957 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4958 = "stablehlo.add"(%arg247, %4957) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4959 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4960 = "stablehlo.broadcast_in_dim"(%4959) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4961 = "stablehlo.multiply"(%arg245, %4960) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4962 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %4963 = "stablehlo.broadcast_in_dim"(%4962) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4964 = "stablehlo.multiply"(%2499, %4963) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4965 = "stablehlo.add"(%4961, %4964) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4966 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4967 = "stablehlo.broadcast_in_dim"(%4966) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4968 = "stablehlo.multiply"(%arg246, %4967) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4969 = "stablehlo.multiply"(%2499, %2499) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4970 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %4971 = "stablehlo.broadcast_in_dim"(%4970) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4972 = "stablehlo.multiply"(%4969, %4971) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4973 = "stablehlo.add"(%4968, %4972) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4974 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %4975 = "stablehlo.power"(%4974, %4958) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4976 = "stablehlo.negate"(%4975) : (tensor<f32>) -> tensor<f32>
    %4977 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4978 = "stablehlo.add"(%4976, %4977) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4979 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %4980 = "stablehlo.power"(%4979, %4958) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4981 = "stablehlo.negate"(%4980) : (tensor<f32>) -> tensor<f32>
    %4982 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4983 = "stablehlo.add"(%4981, %4982) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4984 = "stablehlo.broadcast_in_dim"(%4978) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4985 = "stablehlo.divide"(%4965, %4984) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4986 = "stablehlo.sqrt"(%4983) : (tensor<f32>) -> tensor<f32>
    %4987 = "stablehlo.sqrt"(%4973) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %4988 = "stablehlo.broadcast_in_dim"(%4986) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4989 = "stablehlo.divide"(%4987, %4988) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4990 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %4991 = "stablehlo.broadcast_in_dim"(%4990) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4992 = "stablehlo.add"(%4989, %4991) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4993 = "stablehlo.divide"(%4985, %4992) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4994 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %4995 = "stablehlo.multiply"(%4993, %4994) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %4996 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %4997 = "stablehlo.multiply"(%2593, %4996) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %4998 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %4999 = "stablehlo.add"(%4997, %4998) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5000 = "stablehlo.broadcast_in_dim"(%4999) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5001 = "stablehlo.multiply"(%arg56, %5000) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5002 = "stablehlo.subtract"(%5001, %4995) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5006 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5007 = "stablehlo.add"(%arg250, %5006) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5008 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5009 = "stablehlo.broadcast_in_dim"(%5008) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5010 = "stablehlo.multiply"(%arg248, %5009) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5011 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5012 = "stablehlo.broadcast_in_dim"(%5011) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5013 = "stablehlo.multiply"(%2501, %5012) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5014 = "stablehlo.add"(%5010, %5013) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5015 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5016 = "stablehlo.broadcast_in_dim"(%5015) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5017 = "stablehlo.multiply"(%arg249, %5016) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5018 = "stablehlo.multiply"(%2501, %2501) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5019 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5020 = "stablehlo.broadcast_in_dim"(%5019) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5021 = "stablehlo.multiply"(%5018, %5020) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5022 = "stablehlo.add"(%5017, %5021) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5023 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5024 = "stablehlo.power"(%5023, %5007) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5025 = "stablehlo.negate"(%5024) : (tensor<f32>) -> tensor<f32>
    %5026 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5027 = "stablehlo.add"(%5025, %5026) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5028 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5029 = "stablehlo.power"(%5028, %5007) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5030 = "stablehlo.negate"(%5029) : (tensor<f32>) -> tensor<f32>
    %5031 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5032 = "stablehlo.add"(%5030, %5031) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5033 = "stablehlo.broadcast_in_dim"(%5027) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5034 = "stablehlo.divide"(%5014, %5033) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5035 = "stablehlo.sqrt"(%5032) : (tensor<f32>) -> tensor<f32>
    %5036 = "stablehlo.sqrt"(%5022) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5037 = "stablehlo.broadcast_in_dim"(%5035) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5038 = "stablehlo.divide"(%5036, %5037) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5039 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5040 = "stablehlo.broadcast_in_dim"(%5039) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5041 = "stablehlo.add"(%5038, %5040) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5042 = "stablehlo.divide"(%5034, %5041) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5043 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5044 = "stablehlo.multiply"(%5042, %5043) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5045 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5046 = "stablehlo.multiply"(%2593, %5045) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5047 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5048 = "stablehlo.add"(%5046, %5047) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5049 = "stablehlo.broadcast_in_dim"(%5048) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5050 = "stablehlo.multiply"(%arg57, %5049) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5051 = "stablehlo.subtract"(%5050, %5044) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5055 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5056 = "stablehlo.add"(%arg253, %5055) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5057 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5058 = "stablehlo.broadcast_in_dim"(%5057) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5059 = "stablehlo.multiply"(%arg251, %5058) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5060 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5061 = "stablehlo.broadcast_in_dim"(%5060) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5062 = "stablehlo.multiply"(%2503, %5061) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5063 = "stablehlo.add"(%5059, %5062) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5064 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5065 = "stablehlo.broadcast_in_dim"(%5064) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5066 = "stablehlo.multiply"(%arg252, %5065) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5067 = "stablehlo.multiply"(%2503, %2503) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5068 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5069 = "stablehlo.broadcast_in_dim"(%5068) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5070 = "stablehlo.multiply"(%5067, %5069) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5071 = "stablehlo.add"(%5066, %5070) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5072 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5073 = "stablehlo.power"(%5072, %5056) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5074 = "stablehlo.negate"(%5073) : (tensor<f32>) -> tensor<f32>
    %5075 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5076 = "stablehlo.add"(%5074, %5075) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5077 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5078 = "stablehlo.power"(%5077, %5056) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5079 = "stablehlo.negate"(%5078) : (tensor<f32>) -> tensor<f32>
    %5080 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5081 = "stablehlo.add"(%5079, %5080) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5082 = "stablehlo.broadcast_in_dim"(%5076) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5083 = "stablehlo.divide"(%5063, %5082) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5084 = "stablehlo.sqrt"(%5081) : (tensor<f32>) -> tensor<f32>
    %5085 = "stablehlo.sqrt"(%5071) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5086 = "stablehlo.broadcast_in_dim"(%5084) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5087 = "stablehlo.divide"(%5085, %5086) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5088 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5089 = "stablehlo.broadcast_in_dim"(%5088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5090 = "stablehlo.add"(%5087, %5089) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5091 = "stablehlo.divide"(%5083, %5090) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5092 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5093 = "stablehlo.multiply"(%5091, %5092) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5094 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5095 = "stablehlo.multiply"(%2593, %5094) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5096 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5097 = "stablehlo.add"(%5095, %5096) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5098 = "stablehlo.broadcast_in_dim"(%5097) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5099 = "stablehlo.multiply"(%arg58, %5098) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5100 = "stablehlo.subtract"(%5099, %5093) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5104 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5105 = "stablehlo.add"(%arg256, %5104) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5106 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5107 = "stablehlo.broadcast_in_dim"(%5106) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5108 = "stablehlo.multiply"(%arg254, %5107) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5109 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5110 = "stablehlo.broadcast_in_dim"(%5109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5111 = "stablehlo.multiply"(%2505, %5110) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5112 = "stablehlo.add"(%5108, %5111) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5113 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5114 = "stablehlo.broadcast_in_dim"(%5113) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5115 = "stablehlo.multiply"(%arg255, %5114) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5116 = "stablehlo.multiply"(%2505, %2505) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5117 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5118 = "stablehlo.broadcast_in_dim"(%5117) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5119 = "stablehlo.multiply"(%5116, %5118) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5120 = "stablehlo.add"(%5115, %5119) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5121 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5122 = "stablehlo.power"(%5121, %5105) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5123 = "stablehlo.negate"(%5122) : (tensor<f32>) -> tensor<f32>
    %5124 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5125 = "stablehlo.add"(%5123, %5124) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5126 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5127 = "stablehlo.power"(%5126, %5105) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5128 = "stablehlo.negate"(%5127) : (tensor<f32>) -> tensor<f32>
    %5129 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5130 = "stablehlo.add"(%5128, %5129) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5131 = "stablehlo.broadcast_in_dim"(%5125) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5132 = "stablehlo.divide"(%5112, %5131) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5133 = "stablehlo.sqrt"(%5130) : (tensor<f32>) -> tensor<f32>
    %5134 = "stablehlo.sqrt"(%5120) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5135 = "stablehlo.broadcast_in_dim"(%5133) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5136 = "stablehlo.divide"(%5134, %5135) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5137 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5138 = "stablehlo.broadcast_in_dim"(%5137) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5139 = "stablehlo.add"(%5136, %5138) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5140 = "stablehlo.divide"(%5132, %5139) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5141 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5142 = "stablehlo.multiply"(%5140, %5141) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5143 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5144 = "stablehlo.multiply"(%2593, %5143) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5145 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5146 = "stablehlo.add"(%5144, %5145) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5147 = "stablehlo.broadcast_in_dim"(%5146) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5148 = "stablehlo.multiply"(%arg59, %5147) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5149 = "stablehlo.subtract"(%5148, %5142) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5153 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5154 = "stablehlo.add"(%arg259, %5153) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5155 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5156 = "stablehlo.broadcast_in_dim"(%5155) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5157 = "stablehlo.multiply"(%arg257, %5156) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5158 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5159 = "stablehlo.broadcast_in_dim"(%5158) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5160 = "stablehlo.multiply"(%2507, %5159) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5161 = "stablehlo.add"(%5157, %5160) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5162 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5163 = "stablehlo.broadcast_in_dim"(%5162) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5164 = "stablehlo.multiply"(%arg258, %5163) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5165 = "stablehlo.multiply"(%2507, %2507) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5166 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5167 = "stablehlo.broadcast_in_dim"(%5166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5168 = "stablehlo.multiply"(%5165, %5167) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5169 = "stablehlo.add"(%5164, %5168) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5170 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5171 = "stablehlo.power"(%5170, %5154) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5172 = "stablehlo.negate"(%5171) : (tensor<f32>) -> tensor<f32>
    %5173 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5174 = "stablehlo.add"(%5172, %5173) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5175 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5176 = "stablehlo.power"(%5175, %5154) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5177 = "stablehlo.negate"(%5176) : (tensor<f32>) -> tensor<f32>
    %5178 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5179 = "stablehlo.add"(%5177, %5178) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5180 = "stablehlo.broadcast_in_dim"(%5174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5181 = "stablehlo.divide"(%5161, %5180) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5182 = "stablehlo.sqrt"(%5179) : (tensor<f32>) -> tensor<f32>
    %5183 = "stablehlo.sqrt"(%5169) : (tensor<128xf32>) -> tensor<128xf32>
    %5184 = "stablehlo.broadcast_in_dim"(%5182) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5185 = "stablehlo.divide"(%5183, %5184) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5186 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5187 = "stablehlo.broadcast_in_dim"(%5186) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5188 = "stablehlo.add"(%5185, %5187) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5189 = "stablehlo.divide"(%5181, %5188) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5190 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5191 = "stablehlo.multiply"(%5189, %5190) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5192 = "stablehlo.subtract"(%arg60, %5191) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5196 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5197 = "stablehlo.add"(%arg262, %5196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5198 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5199 = "stablehlo.broadcast_in_dim"(%5198) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5200 = "stablehlo.multiply"(%arg260, %5199) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5201 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5202 = "stablehlo.broadcast_in_dim"(%5201) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5203 = "stablehlo.multiply"(%2509, %5202) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5204 = "stablehlo.add"(%5200, %5203) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5205 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5206 = "stablehlo.broadcast_in_dim"(%5205) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5207 = "stablehlo.multiply"(%arg261, %5206) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5208 = "stablehlo.multiply"(%2509, %2509) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5209 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5210 = "stablehlo.broadcast_in_dim"(%5209) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5211 = "stablehlo.multiply"(%5208, %5210) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5212 = "stablehlo.add"(%5207, %5211) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5213 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5214 = "stablehlo.power"(%5213, %5197) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5215 = "stablehlo.negate"(%5214) : (tensor<f32>) -> tensor<f32>
    %5216 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5217 = "stablehlo.add"(%5215, %5216) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5218 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5219 = "stablehlo.power"(%5218, %5197) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5220 = "stablehlo.negate"(%5219) : (tensor<f32>) -> tensor<f32>
    %5221 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5222 = "stablehlo.add"(%5220, %5221) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5223 = "stablehlo.broadcast_in_dim"(%5217) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5224 = "stablehlo.divide"(%5204, %5223) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5225 = "stablehlo.sqrt"(%5222) : (tensor<f32>) -> tensor<f32>
    %5226 = "stablehlo.sqrt"(%5212) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5227 = "stablehlo.broadcast_in_dim"(%5225) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5228 = "stablehlo.divide"(%5226, %5227) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5229 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5230 = "stablehlo.broadcast_in_dim"(%5229) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5231 = "stablehlo.add"(%5228, %5230) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5232 = "stablehlo.divide"(%5224, %5231) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5233 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5234 = "stablehlo.multiply"(%5232, %5233) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5235 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5236 = "stablehlo.multiply"(%2593, %5235) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5237 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5238 = "stablehlo.add"(%5236, %5237) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5239 = "stablehlo.broadcast_in_dim"(%5238) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5240 = "stablehlo.multiply"(%arg61, %5239) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5241 = "stablehlo.subtract"(%5240, %5234) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5245 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5246 = "stablehlo.add"(%arg265, %5245) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5247 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5248 = "stablehlo.broadcast_in_dim"(%5247) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5249 = "stablehlo.multiply"(%arg263, %5248) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5250 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5251 = "stablehlo.broadcast_in_dim"(%5250) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5252 = "stablehlo.multiply"(%2511, %5251) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5253 = "stablehlo.add"(%5249, %5252) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5254 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5255 = "stablehlo.broadcast_in_dim"(%5254) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5256 = "stablehlo.multiply"(%arg264, %5255) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5257 = "stablehlo.multiply"(%2511, %2511) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5258 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5259 = "stablehlo.broadcast_in_dim"(%5258) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5260 = "stablehlo.multiply"(%5257, %5259) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5261 = "stablehlo.add"(%5256, %5260) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5262 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5263 = "stablehlo.power"(%5262, %5246) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5264 = "stablehlo.negate"(%5263) : (tensor<f32>) -> tensor<f32>
    %5265 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5266 = "stablehlo.add"(%5264, %5265) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5267 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5268 = "stablehlo.power"(%5267, %5246) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5269 = "stablehlo.negate"(%5268) : (tensor<f32>) -> tensor<f32>
    %5270 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5271 = "stablehlo.add"(%5269, %5270) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5272 = "stablehlo.broadcast_in_dim"(%5266) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5273 = "stablehlo.divide"(%5253, %5272) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5274 = "stablehlo.sqrt"(%5271) : (tensor<f32>) -> tensor<f32>
    %5275 = "stablehlo.sqrt"(%5261) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5276 = "stablehlo.broadcast_in_dim"(%5274) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5277 = "stablehlo.divide"(%5275, %5276) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5278 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5279 = "stablehlo.broadcast_in_dim"(%5278) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5280 = "stablehlo.add"(%5277, %5279) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5281 = "stablehlo.divide"(%5273, %5280) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5282 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5283 = "stablehlo.multiply"(%5281, %5282) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5284 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5285 = "stablehlo.multiply"(%2593, %5284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5286 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5287 = "stablehlo.add"(%5285, %5286) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5288 = "stablehlo.broadcast_in_dim"(%5287) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5289 = "stablehlo.multiply"(%arg62, %5288) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5290 = "stablehlo.subtract"(%5289, %5283) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5294 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5295 = "stablehlo.add"(%arg268, %5294) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5296 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5297 = "stablehlo.broadcast_in_dim"(%5296) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5298 = "stablehlo.multiply"(%arg266, %5297) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5299 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5300 = "stablehlo.broadcast_in_dim"(%5299) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5301 = "stablehlo.multiply"(%2513, %5300) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5302 = "stablehlo.add"(%5298, %5301) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5303 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5304 = "stablehlo.broadcast_in_dim"(%5303) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5305 = "stablehlo.multiply"(%arg267, %5304) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5306 = "stablehlo.multiply"(%2513, %2513) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5307 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5308 = "stablehlo.broadcast_in_dim"(%5307) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5309 = "stablehlo.multiply"(%5306, %5308) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5310 = "stablehlo.add"(%5305, %5309) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5311 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5312 = "stablehlo.power"(%5311, %5295) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5313 = "stablehlo.negate"(%5312) : (tensor<f32>) -> tensor<f32>
    %5314 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5315 = "stablehlo.add"(%5313, %5314) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5316 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5317 = "stablehlo.power"(%5316, %5295) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5318 = "stablehlo.negate"(%5317) : (tensor<f32>) -> tensor<f32>
    %5319 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5320 = "stablehlo.add"(%5318, %5319) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5321 = "stablehlo.broadcast_in_dim"(%5315) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5322 = "stablehlo.divide"(%5302, %5321) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5323 = "stablehlo.sqrt"(%5320) : (tensor<f32>) -> tensor<f32>
    %5324 = "stablehlo.sqrt"(%5310) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5325 = "stablehlo.broadcast_in_dim"(%5323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5326 = "stablehlo.divide"(%5324, %5325) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5327 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5328 = "stablehlo.broadcast_in_dim"(%5327) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5329 = "stablehlo.add"(%5326, %5328) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5330 = "stablehlo.divide"(%5322, %5329) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5331 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5332 = "stablehlo.multiply"(%5330, %5331) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5333 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5334 = "stablehlo.multiply"(%2593, %5333) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5335 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5336 = "stablehlo.add"(%5334, %5335) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5337 = "stablehlo.broadcast_in_dim"(%5336) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5338 = "stablehlo.multiply"(%arg63, %5337) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5339 = "stablehlo.subtract"(%5338, %5332) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5343 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5344 = "stablehlo.add"(%arg271, %5343) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5345 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5346 = "stablehlo.broadcast_in_dim"(%5345) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5347 = "stablehlo.multiply"(%arg269, %5346) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5348 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5349 = "stablehlo.broadcast_in_dim"(%5348) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5350 = "stablehlo.multiply"(%2515, %5349) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5351 = "stablehlo.add"(%5347, %5350) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5352 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5353 = "stablehlo.broadcast_in_dim"(%5352) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5354 = "stablehlo.multiply"(%arg270, %5353) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5355 = "stablehlo.multiply"(%2515, %2515) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5356 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5357 = "stablehlo.broadcast_in_dim"(%5356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5358 = "stablehlo.multiply"(%5355, %5357) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5359 = "stablehlo.add"(%5354, %5358) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5360 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5361 = "stablehlo.power"(%5360, %5344) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5362 = "stablehlo.negate"(%5361) : (tensor<f32>) -> tensor<f32>
    %5363 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5364 = "stablehlo.add"(%5362, %5363) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5365 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5366 = "stablehlo.power"(%5365, %5344) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5367 = "stablehlo.negate"(%5366) : (tensor<f32>) -> tensor<f32>
    %5368 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5369 = "stablehlo.add"(%5367, %5368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5370 = "stablehlo.broadcast_in_dim"(%5364) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5371 = "stablehlo.divide"(%5351, %5370) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5372 = "stablehlo.sqrt"(%5369) : (tensor<f32>) -> tensor<f32>
    %5373 = "stablehlo.sqrt"(%5359) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5374 = "stablehlo.broadcast_in_dim"(%5372) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5375 = "stablehlo.divide"(%5373, %5374) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5376 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5377 = "stablehlo.broadcast_in_dim"(%5376) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5378 = "stablehlo.add"(%5375, %5377) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5379 = "stablehlo.divide"(%5371, %5378) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5380 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5381 = "stablehlo.multiply"(%5379, %5380) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5382 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5383 = "stablehlo.multiply"(%2593, %5382) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5384 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5385 = "stablehlo.add"(%5383, %5384) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5386 = "stablehlo.broadcast_in_dim"(%5385) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5387 = "stablehlo.multiply"(%arg64, %5386) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5388 = "stablehlo.subtract"(%5387, %5381) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5392 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5393 = "stablehlo.add"(%arg274, %5392) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5394 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5395 = "stablehlo.broadcast_in_dim"(%5394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5396 = "stablehlo.multiply"(%arg272, %5395) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5397 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5398 = "stablehlo.broadcast_in_dim"(%5397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5399 = "stablehlo.multiply"(%2517, %5398) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5400 = "stablehlo.add"(%5396, %5399) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5401 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5402 = "stablehlo.broadcast_in_dim"(%5401) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5403 = "stablehlo.multiply"(%arg273, %5402) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5404 = "stablehlo.multiply"(%2517, %2517) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5405 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5406 = "stablehlo.broadcast_in_dim"(%5405) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5407 = "stablehlo.multiply"(%5404, %5406) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5408 = "stablehlo.add"(%5403, %5407) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5409 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5410 = "stablehlo.power"(%5409, %5393) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5411 = "stablehlo.negate"(%5410) : (tensor<f32>) -> tensor<f32>
    %5412 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5413 = "stablehlo.add"(%5411, %5412) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5414 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5415 = "stablehlo.power"(%5414, %5393) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5416 = "stablehlo.negate"(%5415) : (tensor<f32>) -> tensor<f32>
    %5417 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5418 = "stablehlo.add"(%5416, %5417) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5419 = "stablehlo.broadcast_in_dim"(%5413) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5420 = "stablehlo.divide"(%5400, %5419) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5421 = "stablehlo.sqrt"(%5418) : (tensor<f32>) -> tensor<f32>
    %5422 = "stablehlo.sqrt"(%5408) : (tensor<128xf32>) -> tensor<128xf32>
    %5423 = "stablehlo.broadcast_in_dim"(%5421) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5424 = "stablehlo.divide"(%5422, %5423) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5425 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5426 = "stablehlo.broadcast_in_dim"(%5425) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5427 = "stablehlo.add"(%5424, %5426) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5428 = "stablehlo.divide"(%5420, %5427) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5429 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5430 = "stablehlo.multiply"(%5428, %5429) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5431 = "stablehlo.subtract"(%arg65, %5430) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5435 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5436 = "stablehlo.add"(%arg277, %5435) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5437 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5438 = "stablehlo.broadcast_in_dim"(%5437) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5439 = "stablehlo.multiply"(%arg275, %5438) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5440 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5441 = "stablehlo.broadcast_in_dim"(%5440) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5442 = "stablehlo.multiply"(%2519, %5441) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5443 = "stablehlo.add"(%5439, %5442) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5444 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5445 = "stablehlo.broadcast_in_dim"(%5444) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5446 = "stablehlo.multiply"(%arg276, %5445) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5447 = "stablehlo.multiply"(%2519, %2519) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5448 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5449 = "stablehlo.broadcast_in_dim"(%5448) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5450 = "stablehlo.multiply"(%5447, %5449) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5451 = "stablehlo.add"(%5446, %5450) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5452 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5453 = "stablehlo.power"(%5452, %5436) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5454 = "stablehlo.negate"(%5453) : (tensor<f32>) -> tensor<f32>
    %5455 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5456 = "stablehlo.add"(%5454, %5455) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5457 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5458 = "stablehlo.power"(%5457, %5436) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5459 = "stablehlo.negate"(%5458) : (tensor<f32>) -> tensor<f32>
    %5460 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5461 = "stablehlo.add"(%5459, %5460) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5462 = "stablehlo.broadcast_in_dim"(%5456) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5463 = "stablehlo.divide"(%5443, %5462) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5464 = "stablehlo.sqrt"(%5461) : (tensor<f32>) -> tensor<f32>
    %5465 = "stablehlo.sqrt"(%5451) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %5466 = "stablehlo.broadcast_in_dim"(%5464) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5467 = "stablehlo.divide"(%5465, %5466) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5468 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5469 = "stablehlo.broadcast_in_dim"(%5468) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5470 = "stablehlo.add"(%5467, %5469) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5471 = "stablehlo.divide"(%5463, %5470) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5472 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5473 = "stablehlo.multiply"(%5471, %5472) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5474 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5475 = "stablehlo.multiply"(%2593, %5474) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5476 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5477 = "stablehlo.add"(%5475, %5476) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5478 = "stablehlo.broadcast_in_dim"(%5477) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %5479 = "stablehlo.multiply"(%arg66, %5478) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5480 = "stablehlo.subtract"(%5479, %5473) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %5484 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5485 = "stablehlo.add"(%arg280, %5484) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5486 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5487 = "stablehlo.broadcast_in_dim"(%5486) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5488 = "stablehlo.multiply"(%arg278, %5487) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5489 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5490 = "stablehlo.broadcast_in_dim"(%5489) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5491 = "stablehlo.multiply"(%2521, %5490) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5492 = "stablehlo.add"(%5488, %5491) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5493 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5494 = "stablehlo.broadcast_in_dim"(%5493) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5495 = "stablehlo.multiply"(%arg279, %5494) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5496 = "stablehlo.multiply"(%2521, %2521) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5497 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5498 = "stablehlo.broadcast_in_dim"(%5497) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5499 = "stablehlo.multiply"(%5496, %5498) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5500 = "stablehlo.add"(%5495, %5499) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5501 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5502 = "stablehlo.power"(%5501, %5485) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5503 = "stablehlo.negate"(%5502) : (tensor<f32>) -> tensor<f32>
    %5504 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5505 = "stablehlo.add"(%5503, %5504) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5506 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5507 = "stablehlo.power"(%5506, %5485) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5508 = "stablehlo.negate"(%5507) : (tensor<f32>) -> tensor<f32>
    %5509 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5510 = "stablehlo.add"(%5508, %5509) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5511 = "stablehlo.broadcast_in_dim"(%5505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5512 = "stablehlo.divide"(%5492, %5511) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5513 = "stablehlo.sqrt"(%5510) : (tensor<f32>) -> tensor<f32>
    %5514 = "stablehlo.sqrt"(%5500) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %5515 = "stablehlo.broadcast_in_dim"(%5513) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5516 = "stablehlo.divide"(%5514, %5515) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5517 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5518 = "stablehlo.broadcast_in_dim"(%5517) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5519 = "stablehlo.add"(%5516, %5518) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5520 = "stablehlo.divide"(%5512, %5519) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5521 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5522 = "stablehlo.multiply"(%5520, %5521) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5523 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5524 = "stablehlo.multiply"(%2593, %5523) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5525 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5526 = "stablehlo.add"(%5524, %5525) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5527 = "stablehlo.broadcast_in_dim"(%5526) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %5528 = "stablehlo.multiply"(%arg67, %5527) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5529 = "stablehlo.subtract"(%5528, %5522) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %5533 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5534 = "stablehlo.add"(%arg283, %5533) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5535 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5536 = "stablehlo.broadcast_in_dim"(%5535) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5537 = "stablehlo.multiply"(%arg281, %5536) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5538 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5539 = "stablehlo.broadcast_in_dim"(%5538) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5540 = "stablehlo.multiply"(%2523, %5539) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5541 = "stablehlo.add"(%5537, %5540) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5542 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5543 = "stablehlo.broadcast_in_dim"(%5542) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5544 = "stablehlo.multiply"(%arg282, %5543) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5545 = "stablehlo.multiply"(%2523, %2523) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5546 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5547 = "stablehlo.broadcast_in_dim"(%5546) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5548 = "stablehlo.multiply"(%5545, %5547) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5549 = "stablehlo.add"(%5544, %5548) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5550 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5551 = "stablehlo.power"(%5550, %5534) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5552 = "stablehlo.negate"(%5551) : (tensor<f32>) -> tensor<f32>
    %5553 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5554 = "stablehlo.add"(%5552, %5553) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5555 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5556 = "stablehlo.power"(%5555, %5534) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5557 = "stablehlo.negate"(%5556) : (tensor<f32>) -> tensor<f32>
    %5558 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5559 = "stablehlo.add"(%5557, %5558) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5560 = "stablehlo.broadcast_in_dim"(%5554) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5561 = "stablehlo.divide"(%5541, %5560) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5562 = "stablehlo.sqrt"(%5559) : (tensor<f32>) -> tensor<f32>
    %5563 = "stablehlo.sqrt"(%5549) : (tensor<128xf32>) -> tensor<128xf32>
    %5564 = "stablehlo.broadcast_in_dim"(%5562) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5565 = "stablehlo.divide"(%5563, %5564) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5566 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5567 = "stablehlo.broadcast_in_dim"(%5566) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5568 = "stablehlo.add"(%5565, %5567) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5569 = "stablehlo.divide"(%5561, %5568) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5570 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5571 = "stablehlo.multiply"(%5569, %5570) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5572 = "stablehlo.subtract"(%arg68, %5571) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5576 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5577 = "stablehlo.add"(%arg286, %5576) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5578 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5579 = "stablehlo.broadcast_in_dim"(%5578) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5580 = "stablehlo.multiply"(%arg284, %5579) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5581 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5582 = "stablehlo.broadcast_in_dim"(%5581) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5583 = "stablehlo.multiply"(%2525, %5582) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5584 = "stablehlo.add"(%5580, %5583) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5585 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5586 = "stablehlo.broadcast_in_dim"(%5585) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5587 = "stablehlo.multiply"(%arg285, %5586) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5588 = "stablehlo.multiply"(%2525, %2525) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5589 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5590 = "stablehlo.broadcast_in_dim"(%5589) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5591 = "stablehlo.multiply"(%5588, %5590) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5592 = "stablehlo.add"(%5587, %5591) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5593 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5594 = "stablehlo.power"(%5593, %5577) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5595 = "stablehlo.negate"(%5594) : (tensor<f32>) -> tensor<f32>
    %5596 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5597 = "stablehlo.add"(%5595, %5596) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5598 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5599 = "stablehlo.power"(%5598, %5577) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5600 = "stablehlo.negate"(%5599) : (tensor<f32>) -> tensor<f32>
    %5601 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5602 = "stablehlo.add"(%5600, %5601) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5603 = "stablehlo.broadcast_in_dim"(%5597) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5604 = "stablehlo.divide"(%5584, %5603) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5605 = "stablehlo.sqrt"(%5602) : (tensor<f32>) -> tensor<f32>
    %5606 = "stablehlo.sqrt"(%5592) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5607 = "stablehlo.broadcast_in_dim"(%5605) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5608 = "stablehlo.divide"(%5606, %5607) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5609 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5610 = "stablehlo.broadcast_in_dim"(%5609) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5611 = "stablehlo.add"(%5608, %5610) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5612 = "stablehlo.divide"(%5604, %5611) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5613 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5614 = "stablehlo.multiply"(%5612, %5613) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5615 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5616 = "stablehlo.multiply"(%2593, %5615) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5617 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5618 = "stablehlo.add"(%5616, %5617) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5619 = "stablehlo.broadcast_in_dim"(%5618) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5620 = "stablehlo.multiply"(%arg69, %5619) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5621 = "stablehlo.subtract"(%5620, %5614) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5625 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5626 = "stablehlo.add"(%arg289, %5625) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5627 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5628 = "stablehlo.broadcast_in_dim"(%5627) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5629 = "stablehlo.multiply"(%arg287, %5628) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5630 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5631 = "stablehlo.broadcast_in_dim"(%5630) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5632 = "stablehlo.multiply"(%2527, %5631) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5633 = "stablehlo.add"(%5629, %5632) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5634 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5635 = "stablehlo.broadcast_in_dim"(%5634) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5636 = "stablehlo.multiply"(%arg288, %5635) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5637 = "stablehlo.multiply"(%2527, %2527) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5638 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5639 = "stablehlo.broadcast_in_dim"(%5638) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5640 = "stablehlo.multiply"(%5637, %5639) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5641 = "stablehlo.add"(%5636, %5640) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5642 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5643 = "stablehlo.power"(%5642, %5626) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5644 = "stablehlo.negate"(%5643) : (tensor<f32>) -> tensor<f32>
    %5645 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5646 = "stablehlo.add"(%5644, %5645) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5647 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5648 = "stablehlo.power"(%5647, %5626) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5649 = "stablehlo.negate"(%5648) : (tensor<f32>) -> tensor<f32>
    %5650 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5651 = "stablehlo.add"(%5649, %5650) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5652 = "stablehlo.broadcast_in_dim"(%5646) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5653 = "stablehlo.divide"(%5633, %5652) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5654 = "stablehlo.sqrt"(%5651) : (tensor<f32>) -> tensor<f32>
    %5655 = "stablehlo.sqrt"(%5641) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5656 = "stablehlo.broadcast_in_dim"(%5654) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5657 = "stablehlo.divide"(%5655, %5656) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5658 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5659 = "stablehlo.broadcast_in_dim"(%5658) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5660 = "stablehlo.add"(%5657, %5659) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5661 = "stablehlo.divide"(%5653, %5660) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5662 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5663 = "stablehlo.multiply"(%5661, %5662) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5664 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5665 = "stablehlo.multiply"(%2593, %5664) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5666 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5667 = "stablehlo.add"(%5665, %5666) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5668 = "stablehlo.broadcast_in_dim"(%5667) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5669 = "stablehlo.multiply"(%arg70, %5668) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5670 = "stablehlo.subtract"(%5669, %5663) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5674 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5675 = "stablehlo.add"(%arg292, %5674) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5676 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5677 = "stablehlo.broadcast_in_dim"(%5676) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5678 = "stablehlo.multiply"(%arg290, %5677) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5679 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5680 = "stablehlo.broadcast_in_dim"(%5679) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5681 = "stablehlo.multiply"(%2529, %5680) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5682 = "stablehlo.add"(%5678, %5681) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5683 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5684 = "stablehlo.broadcast_in_dim"(%5683) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5685 = "stablehlo.multiply"(%arg291, %5684) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5686 = "stablehlo.multiply"(%2529, %2529) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5687 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5688 = "stablehlo.broadcast_in_dim"(%5687) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5689 = "stablehlo.multiply"(%5686, %5688) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5690 = "stablehlo.add"(%5685, %5689) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5691 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5692 = "stablehlo.power"(%5691, %5675) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5693 = "stablehlo.negate"(%5692) : (tensor<f32>) -> tensor<f32>
    %5694 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5695 = "stablehlo.add"(%5693, %5694) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5696 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5697 = "stablehlo.power"(%5696, %5675) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5698 = "stablehlo.negate"(%5697) : (tensor<f32>) -> tensor<f32>
    %5699 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5700 = "stablehlo.add"(%5698, %5699) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5701 = "stablehlo.broadcast_in_dim"(%5695) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5702 = "stablehlo.divide"(%5682, %5701) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5703 = "stablehlo.sqrt"(%5700) : (tensor<f32>) -> tensor<f32>
    %5704 = "stablehlo.sqrt"(%5690) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5705 = "stablehlo.broadcast_in_dim"(%5703) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5706 = "stablehlo.divide"(%5704, %5705) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5707 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5708 = "stablehlo.broadcast_in_dim"(%5707) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5709 = "stablehlo.add"(%5706, %5708) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5710 = "stablehlo.divide"(%5702, %5709) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5711 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5712 = "stablehlo.multiply"(%5710, %5711) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5713 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5714 = "stablehlo.multiply"(%2593, %5713) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5715 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5716 = "stablehlo.add"(%5714, %5715) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5717 = "stablehlo.broadcast_in_dim"(%5716) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5718 = "stablehlo.multiply"(%arg71, %5717) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5719 = "stablehlo.subtract"(%5718, %5712) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5723 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5724 = "stablehlo.add"(%arg295, %5723) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5725 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5726 = "stablehlo.broadcast_in_dim"(%5725) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5727 = "stablehlo.multiply"(%arg293, %5726) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5728 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5729 = "stablehlo.broadcast_in_dim"(%5728) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5730 = "stablehlo.multiply"(%2531, %5729) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5731 = "stablehlo.add"(%5727, %5730) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5732 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5733 = "stablehlo.broadcast_in_dim"(%5732) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5734 = "stablehlo.multiply"(%arg294, %5733) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5735 = "stablehlo.multiply"(%2531, %2531) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5736 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5737 = "stablehlo.broadcast_in_dim"(%5736) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5738 = "stablehlo.multiply"(%5735, %5737) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5739 = "stablehlo.add"(%5734, %5738) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5740 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5741 = "stablehlo.power"(%5740, %5724) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5742 = "stablehlo.negate"(%5741) : (tensor<f32>) -> tensor<f32>
    %5743 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5744 = "stablehlo.add"(%5742, %5743) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5745 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5746 = "stablehlo.power"(%5745, %5724) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5747 = "stablehlo.negate"(%5746) : (tensor<f32>) -> tensor<f32>
    %5748 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5749 = "stablehlo.add"(%5747, %5748) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5750 = "stablehlo.broadcast_in_dim"(%5744) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5751 = "stablehlo.divide"(%5731, %5750) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5752 = "stablehlo.sqrt"(%5749) : (tensor<f32>) -> tensor<f32>
    %5753 = "stablehlo.sqrt"(%5739) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5754 = "stablehlo.broadcast_in_dim"(%5752) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5755 = "stablehlo.divide"(%5753, %5754) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5756 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5757 = "stablehlo.broadcast_in_dim"(%5756) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5758 = "stablehlo.add"(%5755, %5757) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5759 = "stablehlo.divide"(%5751, %5758) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5760 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5761 = "stablehlo.multiply"(%5759, %5760) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5762 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5763 = "stablehlo.multiply"(%2593, %5762) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5764 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5765 = "stablehlo.add"(%5763, %5764) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5766 = "stablehlo.broadcast_in_dim"(%5765) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5767 = "stablehlo.multiply"(%arg72, %5766) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5768 = "stablehlo.subtract"(%5767, %5761) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5772 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5773 = "stablehlo.add"(%arg298, %5772) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5774 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5775 = "stablehlo.broadcast_in_dim"(%5774) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5776 = "stablehlo.multiply"(%arg296, %5775) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5777 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5778 = "stablehlo.broadcast_in_dim"(%5777) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5779 = "stablehlo.multiply"(%2533, %5778) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5780 = "stablehlo.add"(%5776, %5779) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5781 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5782 = "stablehlo.broadcast_in_dim"(%5781) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5783 = "stablehlo.multiply"(%arg297, %5782) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5784 = "stablehlo.multiply"(%2533, %2533) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5785 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5786 = "stablehlo.broadcast_in_dim"(%5785) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5787 = "stablehlo.multiply"(%5784, %5786) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5788 = "stablehlo.add"(%5783, %5787) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5789 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5790 = "stablehlo.power"(%5789, %5773) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5791 = "stablehlo.negate"(%5790) : (tensor<f32>) -> tensor<f32>
    %5792 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5793 = "stablehlo.add"(%5791, %5792) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5794 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5795 = "stablehlo.power"(%5794, %5773) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5796 = "stablehlo.negate"(%5795) : (tensor<f32>) -> tensor<f32>
    %5797 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5798 = "stablehlo.add"(%5796, %5797) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5799 = "stablehlo.broadcast_in_dim"(%5793) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5800 = "stablehlo.divide"(%5780, %5799) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5801 = "stablehlo.sqrt"(%5798) : (tensor<f32>) -> tensor<f32>
    %5802 = "stablehlo.sqrt"(%5788) : (tensor<128xf32>) -> tensor<128xf32>
    %5803 = "stablehlo.broadcast_in_dim"(%5801) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5804 = "stablehlo.divide"(%5802, %5803) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5805 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5806 = "stablehlo.broadcast_in_dim"(%5805) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5807 = "stablehlo.add"(%5804, %5806) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5808 = "stablehlo.divide"(%5800, %5807) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5809 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %5810 = "stablehlo.multiply"(%5808, %5809) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5811 = "stablehlo.subtract"(%arg73, %5810) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %5815 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5816 = "stablehlo.add"(%arg301, %5815) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5817 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5818 = "stablehlo.broadcast_in_dim"(%5817) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5819 = "stablehlo.multiply"(%arg299, %5818) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5820 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5821 = "stablehlo.broadcast_in_dim"(%5820) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5822 = "stablehlo.multiply"(%2535, %5821) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5823 = "stablehlo.add"(%5819, %5822) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5824 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5825 = "stablehlo.broadcast_in_dim"(%5824) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5826 = "stablehlo.multiply"(%arg300, %5825) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5827 = "stablehlo.multiply"(%2535, %2535) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5828 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5829 = "stablehlo.broadcast_in_dim"(%5828) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5830 = "stablehlo.multiply"(%5827, %5829) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5831 = "stablehlo.add"(%5826, %5830) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5832 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5833 = "stablehlo.power"(%5832, %5816) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5834 = "stablehlo.negate"(%5833) : (tensor<f32>) -> tensor<f32>
    %5835 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5836 = "stablehlo.add"(%5834, %5835) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5837 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5838 = "stablehlo.power"(%5837, %5816) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5839 = "stablehlo.negate"(%5838) : (tensor<f32>) -> tensor<f32>
    %5840 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5841 = "stablehlo.add"(%5839, %5840) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5842 = "stablehlo.broadcast_in_dim"(%5836) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5843 = "stablehlo.divide"(%5823, %5842) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5844 = "stablehlo.sqrt"(%5841) : (tensor<f32>) -> tensor<f32>
    %5845 = "stablehlo.sqrt"(%5831) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5846 = "stablehlo.broadcast_in_dim"(%5844) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5847 = "stablehlo.divide"(%5845, %5846) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5848 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5849 = "stablehlo.broadcast_in_dim"(%5848) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5850 = "stablehlo.add"(%5847, %5849) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5851 = "stablehlo.divide"(%5843, %5850) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5852 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5853 = "stablehlo.multiply"(%5851, %5852) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5854 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5855 = "stablehlo.multiply"(%2593, %5854) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5856 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5857 = "stablehlo.add"(%5855, %5856) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5858 = "stablehlo.broadcast_in_dim"(%5857) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5859 = "stablehlo.multiply"(%arg74, %5858) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5860 = "stablehlo.subtract"(%5859, %5853) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5864 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5865 = "stablehlo.add"(%arg304, %5864) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5866 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5867 = "stablehlo.broadcast_in_dim"(%5866) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5868 = "stablehlo.multiply"(%arg302, %5867) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5869 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5870 = "stablehlo.broadcast_in_dim"(%5869) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5871 = "stablehlo.multiply"(%2537, %5870) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5872 = "stablehlo.add"(%5868, %5871) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5873 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5874 = "stablehlo.broadcast_in_dim"(%5873) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5875 = "stablehlo.multiply"(%arg303, %5874) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5876 = "stablehlo.multiply"(%2537, %2537) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5877 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5878 = "stablehlo.broadcast_in_dim"(%5877) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5879 = "stablehlo.multiply"(%5876, %5878) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5880 = "stablehlo.add"(%5875, %5879) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5881 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5882 = "stablehlo.power"(%5881, %5865) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5883 = "stablehlo.negate"(%5882) : (tensor<f32>) -> tensor<f32>
    %5884 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5885 = "stablehlo.add"(%5883, %5884) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5886 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5887 = "stablehlo.power"(%5886, %5865) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5888 = "stablehlo.negate"(%5887) : (tensor<f32>) -> tensor<f32>
    %5889 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5890 = "stablehlo.add"(%5888, %5889) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5891 = "stablehlo.broadcast_in_dim"(%5885) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5892 = "stablehlo.divide"(%5872, %5891) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5893 = "stablehlo.sqrt"(%5890) : (tensor<f32>) -> tensor<f32>
    %5894 = "stablehlo.sqrt"(%5880) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5895 = "stablehlo.broadcast_in_dim"(%5893) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5896 = "stablehlo.divide"(%5894, %5895) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5897 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5898 = "stablehlo.broadcast_in_dim"(%5897) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5899 = "stablehlo.add"(%5896, %5898) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5900 = "stablehlo.divide"(%5892, %5899) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5901 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5902 = "stablehlo.multiply"(%5900, %5901) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5903 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5904 = "stablehlo.multiply"(%2593, %5903) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5905 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5906 = "stablehlo.add"(%5904, %5905) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5907 = "stablehlo.broadcast_in_dim"(%5906) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5908 = "stablehlo.multiply"(%arg75, %5907) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5909 = "stablehlo.subtract"(%5908, %5902) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5913 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5914 = "stablehlo.add"(%arg307, %5913) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5915 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5916 = "stablehlo.broadcast_in_dim"(%5915) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5917 = "stablehlo.multiply"(%arg305, %5916) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5918 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5919 = "stablehlo.broadcast_in_dim"(%5918) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5920 = "stablehlo.multiply"(%2539, %5919) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5921 = "stablehlo.add"(%5917, %5920) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5922 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5923 = "stablehlo.broadcast_in_dim"(%5922) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5924 = "stablehlo.multiply"(%arg306, %5923) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5925 = "stablehlo.multiply"(%2539, %2539) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5926 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5927 = "stablehlo.broadcast_in_dim"(%5926) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5928 = "stablehlo.multiply"(%5925, %5927) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5929 = "stablehlo.add"(%5924, %5928) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5930 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5931 = "stablehlo.power"(%5930, %5914) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5932 = "stablehlo.negate"(%5931) : (tensor<f32>) -> tensor<f32>
    %5933 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5934 = "stablehlo.add"(%5932, %5933) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5935 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5936 = "stablehlo.power"(%5935, %5914) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5937 = "stablehlo.negate"(%5936) : (tensor<f32>) -> tensor<f32>
    %5938 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5939 = "stablehlo.add"(%5937, %5938) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5940 = "stablehlo.broadcast_in_dim"(%5934) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5941 = "stablehlo.divide"(%5921, %5940) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5942 = "stablehlo.sqrt"(%5939) : (tensor<f32>) -> tensor<f32>
    %5943 = "stablehlo.sqrt"(%5929) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5944 = "stablehlo.broadcast_in_dim"(%5942) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5945 = "stablehlo.divide"(%5943, %5944) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5946 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5947 = "stablehlo.broadcast_in_dim"(%5946) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5948 = "stablehlo.add"(%5945, %5947) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5949 = "stablehlo.divide"(%5941, %5948) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5950 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5951 = "stablehlo.multiply"(%5949, %5950) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5952 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %5953 = "stablehlo.multiply"(%2593, %5952) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5954 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5955 = "stablehlo.add"(%5953, %5954) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5956 = "stablehlo.broadcast_in_dim"(%5955) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5957 = "stablehlo.multiply"(%arg76, %5956) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5958 = "stablehlo.subtract"(%5957, %5951) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5962 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5963 = "stablehlo.add"(%arg310, %5962) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5964 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5965 = "stablehlo.broadcast_in_dim"(%5964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5966 = "stablehlo.multiply"(%arg308, %5965) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5967 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %5968 = "stablehlo.broadcast_in_dim"(%5967) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5969 = "stablehlo.multiply"(%2541, %5968) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5970 = "stablehlo.add"(%5966, %5969) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5971 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5972 = "stablehlo.broadcast_in_dim"(%5971) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5973 = "stablehlo.multiply"(%arg309, %5972) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5974 = "stablehlo.multiply"(%2541, %2541) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5975 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %5976 = "stablehlo.broadcast_in_dim"(%5975) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5977 = "stablehlo.multiply"(%5974, %5976) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5978 = "stablehlo.add"(%5973, %5977) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5979 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %5980 = "stablehlo.power"(%5979, %5963) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5981 = "stablehlo.negate"(%5980) : (tensor<f32>) -> tensor<f32>
    %5982 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5983 = "stablehlo.add"(%5981, %5982) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5984 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %5985 = "stablehlo.power"(%5984, %5963) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5986 = "stablehlo.negate"(%5985) : (tensor<f32>) -> tensor<f32>
    %5987 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %5988 = "stablehlo.add"(%5986, %5987) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %5989 = "stablehlo.broadcast_in_dim"(%5983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5990 = "stablehlo.divide"(%5970, %5989) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5991 = "stablehlo.sqrt"(%5988) : (tensor<f32>) -> tensor<f32>
    %5992 = "stablehlo.sqrt"(%5978) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %5993 = "stablehlo.broadcast_in_dim"(%5991) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5994 = "stablehlo.divide"(%5992, %5993) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5995 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %5996 = "stablehlo.broadcast_in_dim"(%5995) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %5997 = "stablehlo.add"(%5994, %5996) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5998 = "stablehlo.divide"(%5990, %5997) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %5999 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6000 = "stablehlo.multiply"(%5998, %5999) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6001 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6002 = "stablehlo.multiply"(%2593, %6001) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6003 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6004 = "stablehlo.add"(%6002, %6003) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6005 = "stablehlo.broadcast_in_dim"(%6004) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6006 = "stablehlo.multiply"(%arg77, %6005) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6007 = "stablehlo.subtract"(%6006, %6000) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6011 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6012 = "stablehlo.add"(%arg313, %6011) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6013 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6014 = "stablehlo.broadcast_in_dim"(%6013) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6015 = "stablehlo.multiply"(%arg311, %6014) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6016 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6017 = "stablehlo.broadcast_in_dim"(%6016) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6018 = "stablehlo.multiply"(%2543, %6017) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6019 = "stablehlo.add"(%6015, %6018) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6020 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6021 = "stablehlo.broadcast_in_dim"(%6020) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6022 = "stablehlo.multiply"(%arg312, %6021) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6023 = "stablehlo.multiply"(%2543, %2543) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6024 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6025 = "stablehlo.broadcast_in_dim"(%6024) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6026 = "stablehlo.multiply"(%6023, %6025) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6027 = "stablehlo.add"(%6022, %6026) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6028 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6029 = "stablehlo.power"(%6028, %6012) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6030 = "stablehlo.negate"(%6029) : (tensor<f32>) -> tensor<f32>
    %6031 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6032 = "stablehlo.add"(%6030, %6031) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6033 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6034 = "stablehlo.power"(%6033, %6012) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6035 = "stablehlo.negate"(%6034) : (tensor<f32>) -> tensor<f32>
    %6036 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6037 = "stablehlo.add"(%6035, %6036) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6038 = "stablehlo.broadcast_in_dim"(%6032) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6039 = "stablehlo.divide"(%6019, %6038) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6040 = "stablehlo.sqrt"(%6037) : (tensor<f32>) -> tensor<f32>
    %6041 = "stablehlo.sqrt"(%6027) : (tensor<128xf32>) -> tensor<128xf32>
    %6042 = "stablehlo.broadcast_in_dim"(%6040) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6043 = "stablehlo.divide"(%6041, %6042) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6044 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6045 = "stablehlo.broadcast_in_dim"(%6044) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6046 = "stablehlo.add"(%6043, %6045) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6047 = "stablehlo.divide"(%6039, %6046) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6048 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6049 = "stablehlo.multiply"(%6047, %6048) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6050 = "stablehlo.subtract"(%arg78, %6049) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6054 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6055 = "stablehlo.add"(%arg316, %6054) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6056 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6057 = "stablehlo.broadcast_in_dim"(%6056) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6058 = "stablehlo.multiply"(%arg314, %6057) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6059 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6060 = "stablehlo.broadcast_in_dim"(%6059) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6061 = "stablehlo.multiply"(%2545, %6060) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6062 = "stablehlo.add"(%6058, %6061) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6063 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6064 = "stablehlo.broadcast_in_dim"(%6063) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6065 = "stablehlo.multiply"(%arg315, %6064) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6066 = "stablehlo.multiply"(%2545, %2545) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6067 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6068 = "stablehlo.broadcast_in_dim"(%6067) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6069 = "stablehlo.multiply"(%6066, %6068) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6070 = "stablehlo.add"(%6065, %6069) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6071 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6072 = "stablehlo.power"(%6071, %6055) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6073 = "stablehlo.negate"(%6072) : (tensor<f32>) -> tensor<f32>
    %6074 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6075 = "stablehlo.add"(%6073, %6074) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6076 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6077 = "stablehlo.power"(%6076, %6055) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6078 = "stablehlo.negate"(%6077) : (tensor<f32>) -> tensor<f32>
    %6079 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6080 = "stablehlo.add"(%6078, %6079) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6081 = "stablehlo.broadcast_in_dim"(%6075) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6082 = "stablehlo.divide"(%6062, %6081) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6083 = "stablehlo.sqrt"(%6080) : (tensor<f32>) -> tensor<f32>
    %6084 = "stablehlo.sqrt"(%6070) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %6085 = "stablehlo.broadcast_in_dim"(%6083) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6086 = "stablehlo.divide"(%6084, %6085) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6087 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6088 = "stablehlo.broadcast_in_dim"(%6087) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6089 = "stablehlo.add"(%6086, %6088) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6090 = "stablehlo.divide"(%6082, %6089) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6091 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6092 = "stablehlo.multiply"(%6090, %6091) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6093 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6094 = "stablehlo.multiply"(%2593, %6093) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6095 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6096 = "stablehlo.add"(%6094, %6095) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6097 = "stablehlo.broadcast_in_dim"(%6096) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6098 = "stablehlo.multiply"(%arg79, %6097) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6099 = "stablehlo.subtract"(%6098, %6092) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6103 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6104 = "stablehlo.add"(%arg319, %6103) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6105 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6106 = "stablehlo.broadcast_in_dim"(%6105) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6107 = "stablehlo.multiply"(%arg317, %6106) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6108 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6109 = "stablehlo.broadcast_in_dim"(%6108) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6110 = "stablehlo.multiply"(%2547, %6109) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6111 = "stablehlo.add"(%6107, %6110) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6112 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6113 = "stablehlo.broadcast_in_dim"(%6112) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6114 = "stablehlo.multiply"(%arg318, %6113) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6115 = "stablehlo.multiply"(%2547, %2547) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6116 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6117 = "stablehlo.broadcast_in_dim"(%6116) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6118 = "stablehlo.multiply"(%6115, %6117) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6119 = "stablehlo.add"(%6114, %6118) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6120 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6121 = "stablehlo.power"(%6120, %6104) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6122 = "stablehlo.negate"(%6121) : (tensor<f32>) -> tensor<f32>
    %6123 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6124 = "stablehlo.add"(%6122, %6123) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6125 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6126 = "stablehlo.power"(%6125, %6104) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6127 = "stablehlo.negate"(%6126) : (tensor<f32>) -> tensor<f32>
    %6128 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6129 = "stablehlo.add"(%6127, %6128) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6130 = "stablehlo.broadcast_in_dim"(%6124) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6131 = "stablehlo.divide"(%6111, %6130) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6132 = "stablehlo.sqrt"(%6129) : (tensor<f32>) -> tensor<f32>
    %6133 = "stablehlo.sqrt"(%6119) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %6134 = "stablehlo.broadcast_in_dim"(%6132) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6135 = "stablehlo.divide"(%6133, %6134) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6136 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6137 = "stablehlo.broadcast_in_dim"(%6136) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6138 = "stablehlo.add"(%6135, %6137) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6139 = "stablehlo.divide"(%6131, %6138) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6140 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6141 = "stablehlo.multiply"(%6139, %6140) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6142 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6143 = "stablehlo.multiply"(%2593, %6142) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6144 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6145 = "stablehlo.add"(%6143, %6144) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6146 = "stablehlo.broadcast_in_dim"(%6145) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6147 = "stablehlo.multiply"(%arg80, %6146) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6148 = "stablehlo.subtract"(%6147, %6141) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6152 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6153 = "stablehlo.add"(%arg322, %6152) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6154 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6155 = "stablehlo.broadcast_in_dim"(%6154) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6156 = "stablehlo.multiply"(%arg320, %6155) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6157 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6158 = "stablehlo.broadcast_in_dim"(%6157) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6159 = "stablehlo.multiply"(%2549, %6158) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6160 = "stablehlo.add"(%6156, %6159) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6161 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6162 = "stablehlo.broadcast_in_dim"(%6161) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6163 = "stablehlo.multiply"(%arg321, %6162) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6164 = "stablehlo.multiply"(%2549, %2549) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6165 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6166 = "stablehlo.broadcast_in_dim"(%6165) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6167 = "stablehlo.multiply"(%6164, %6166) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6168 = "stablehlo.add"(%6163, %6167) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6169 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6170 = "stablehlo.power"(%6169, %6153) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6171 = "stablehlo.negate"(%6170) : (tensor<f32>) -> tensor<f32>
    %6172 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6173 = "stablehlo.add"(%6171, %6172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6174 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6175 = "stablehlo.power"(%6174, %6153) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6176 = "stablehlo.negate"(%6175) : (tensor<f32>) -> tensor<f32>
    %6177 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6178 = "stablehlo.add"(%6176, %6177) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6179 = "stablehlo.broadcast_in_dim"(%6173) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6180 = "stablehlo.divide"(%6160, %6179) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6181 = "stablehlo.sqrt"(%6178) : (tensor<f32>) -> tensor<f32>
    %6182 = "stablehlo.sqrt"(%6168) : (tensor<128xf32>) -> tensor<128xf32>
    %6183 = "stablehlo.broadcast_in_dim"(%6181) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6184 = "stablehlo.divide"(%6182, %6183) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6185 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6186 = "stablehlo.broadcast_in_dim"(%6185) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6187 = "stablehlo.add"(%6184, %6186) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6188 = "stablehlo.divide"(%6180, %6187) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6189 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6190 = "stablehlo.multiply"(%6188, %6189) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6191 = "stablehlo.subtract"(%arg81, %6190) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6195 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6196 = "stablehlo.add"(%arg325, %6195) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6197 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6198 = "stablehlo.broadcast_in_dim"(%6197) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6199 = "stablehlo.multiply"(%arg323, %6198) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6200 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6201 = "stablehlo.broadcast_in_dim"(%6200) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6202 = "stablehlo.multiply"(%2551, %6201) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6203 = "stablehlo.add"(%6199, %6202) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6204 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6205 = "stablehlo.broadcast_in_dim"(%6204) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6206 = "stablehlo.multiply"(%arg324, %6205) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6207 = "stablehlo.multiply"(%2551, %2551) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6208 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6209 = "stablehlo.broadcast_in_dim"(%6208) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6210 = "stablehlo.multiply"(%6207, %6209) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6211 = "stablehlo.add"(%6206, %6210) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6212 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6213 = "stablehlo.power"(%6212, %6196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6214 = "stablehlo.negate"(%6213) : (tensor<f32>) -> tensor<f32>
    %6215 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6216 = "stablehlo.add"(%6214, %6215) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6217 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6218 = "stablehlo.power"(%6217, %6196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6219 = "stablehlo.negate"(%6218) : (tensor<f32>) -> tensor<f32>
    %6220 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6221 = "stablehlo.add"(%6219, %6220) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6222 = "stablehlo.broadcast_in_dim"(%6216) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6223 = "stablehlo.divide"(%6203, %6222) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6224 = "stablehlo.sqrt"(%6221) : (tensor<f32>) -> tensor<f32>
    %6225 = "stablehlo.sqrt"(%6211) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6226 = "stablehlo.broadcast_in_dim"(%6224) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6227 = "stablehlo.divide"(%6225, %6226) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6228 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6229 = "stablehlo.broadcast_in_dim"(%6228) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6230 = "stablehlo.add"(%6227, %6229) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6231 = "stablehlo.divide"(%6223, %6230) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6232 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6233 = "stablehlo.multiply"(%6231, %6232) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6234 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6235 = "stablehlo.multiply"(%2593, %6234) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6236 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6237 = "stablehlo.add"(%6235, %6236) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6238 = "stablehlo.broadcast_in_dim"(%6237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6239 = "stablehlo.multiply"(%arg82, %6238) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6240 = "stablehlo.subtract"(%6239, %6233) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6244 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6245 = "stablehlo.add"(%arg328, %6244) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6246 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6247 = "stablehlo.broadcast_in_dim"(%6246) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6248 = "stablehlo.multiply"(%arg326, %6247) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6249 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6250 = "stablehlo.broadcast_in_dim"(%6249) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6251 = "stablehlo.multiply"(%2553, %6250) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6252 = "stablehlo.add"(%6248, %6251) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6253 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6254 = "stablehlo.broadcast_in_dim"(%6253) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6255 = "stablehlo.multiply"(%arg327, %6254) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6256 = "stablehlo.multiply"(%2553, %2553) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6257 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6258 = "stablehlo.broadcast_in_dim"(%6257) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6259 = "stablehlo.multiply"(%6256, %6258) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6260 = "stablehlo.add"(%6255, %6259) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6261 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6262 = "stablehlo.power"(%6261, %6245) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6263 = "stablehlo.negate"(%6262) : (tensor<f32>) -> tensor<f32>
    %6264 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6265 = "stablehlo.add"(%6263, %6264) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6266 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6267 = "stablehlo.power"(%6266, %6245) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6268 = "stablehlo.negate"(%6267) : (tensor<f32>) -> tensor<f32>
    %6269 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6270 = "stablehlo.add"(%6268, %6269) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6271 = "stablehlo.broadcast_in_dim"(%6265) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6272 = "stablehlo.divide"(%6252, %6271) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6273 = "stablehlo.sqrt"(%6270) : (tensor<f32>) -> tensor<f32>
    %6274 = "stablehlo.sqrt"(%6260) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6275 = "stablehlo.broadcast_in_dim"(%6273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6276 = "stablehlo.divide"(%6274, %6275) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6277 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6278 = "stablehlo.broadcast_in_dim"(%6277) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6279 = "stablehlo.add"(%6276, %6278) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6280 = "stablehlo.divide"(%6272, %6279) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6281 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6282 = "stablehlo.multiply"(%6280, %6281) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6283 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6284 = "stablehlo.multiply"(%2593, %6283) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6285 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6286 = "stablehlo.add"(%6284, %6285) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6287 = "stablehlo.broadcast_in_dim"(%6286) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6288 = "stablehlo.multiply"(%arg83, %6287) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6289 = "stablehlo.subtract"(%6288, %6282) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6293 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6294 = "stablehlo.add"(%arg331, %6293) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6295 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6296 = "stablehlo.broadcast_in_dim"(%6295) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6297 = "stablehlo.multiply"(%arg329, %6296) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6298 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6299 = "stablehlo.broadcast_in_dim"(%6298) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6300 = "stablehlo.multiply"(%2555, %6299) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6301 = "stablehlo.add"(%6297, %6300) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6302 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6303 = "stablehlo.broadcast_in_dim"(%6302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6304 = "stablehlo.multiply"(%arg330, %6303) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6305 = "stablehlo.multiply"(%2555, %2555) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6306 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6307 = "stablehlo.broadcast_in_dim"(%6306) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6308 = "stablehlo.multiply"(%6305, %6307) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6309 = "stablehlo.add"(%6304, %6308) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6310 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6311 = "stablehlo.power"(%6310, %6294) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6312 = "stablehlo.negate"(%6311) : (tensor<f32>) -> tensor<f32>
    %6313 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6314 = "stablehlo.add"(%6312, %6313) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6315 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6316 = "stablehlo.power"(%6315, %6294) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6317 = "stablehlo.negate"(%6316) : (tensor<f32>) -> tensor<f32>
    %6318 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6319 = "stablehlo.add"(%6317, %6318) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6320 = "stablehlo.broadcast_in_dim"(%6314) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6321 = "stablehlo.divide"(%6301, %6320) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6322 = "stablehlo.sqrt"(%6319) : (tensor<f32>) -> tensor<f32>
    %6323 = "stablehlo.sqrt"(%6309) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6324 = "stablehlo.broadcast_in_dim"(%6322) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6325 = "stablehlo.divide"(%6323, %6324) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6326 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6327 = "stablehlo.broadcast_in_dim"(%6326) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6328 = "stablehlo.add"(%6325, %6327) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6329 = "stablehlo.divide"(%6321, %6328) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6330 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6331 = "stablehlo.multiply"(%6329, %6330) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6332 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6333 = "stablehlo.multiply"(%2593, %6332) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6334 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6335 = "stablehlo.add"(%6333, %6334) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6336 = "stablehlo.broadcast_in_dim"(%6335) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6337 = "stablehlo.multiply"(%arg84, %6336) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6338 = "stablehlo.subtract"(%6337, %6331) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6342 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6343 = "stablehlo.add"(%arg334, %6342) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6344 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6345 = "stablehlo.broadcast_in_dim"(%6344) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6346 = "stablehlo.multiply"(%arg332, %6345) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6347 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6348 = "stablehlo.broadcast_in_dim"(%6347) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6349 = "stablehlo.multiply"(%2557, %6348) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6350 = "stablehlo.add"(%6346, %6349) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6351 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6352 = "stablehlo.broadcast_in_dim"(%6351) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6353 = "stablehlo.multiply"(%arg333, %6352) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6354 = "stablehlo.multiply"(%2557, %2557) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6355 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6356 = "stablehlo.broadcast_in_dim"(%6355) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6357 = "stablehlo.multiply"(%6354, %6356) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6358 = "stablehlo.add"(%6353, %6357) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6359 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6360 = "stablehlo.power"(%6359, %6343) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6361 = "stablehlo.negate"(%6360) : (tensor<f32>) -> tensor<f32>
    %6362 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6363 = "stablehlo.add"(%6361, %6362) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6364 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6365 = "stablehlo.power"(%6364, %6343) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6366 = "stablehlo.negate"(%6365) : (tensor<f32>) -> tensor<f32>
    %6367 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6368 = "stablehlo.add"(%6366, %6367) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6369 = "stablehlo.broadcast_in_dim"(%6363) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6370 = "stablehlo.divide"(%6350, %6369) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6371 = "stablehlo.sqrt"(%6368) : (tensor<f32>) -> tensor<f32>
    %6372 = "stablehlo.sqrt"(%6358) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6373 = "stablehlo.broadcast_in_dim"(%6371) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6374 = "stablehlo.divide"(%6372, %6373) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6375 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6376 = "stablehlo.broadcast_in_dim"(%6375) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6377 = "stablehlo.add"(%6374, %6376) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6378 = "stablehlo.divide"(%6370, %6377) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6379 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6380 = "stablehlo.multiply"(%6378, %6379) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6381 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6382 = "stablehlo.multiply"(%2593, %6381) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6383 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6384 = "stablehlo.add"(%6382, %6383) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6385 = "stablehlo.broadcast_in_dim"(%6384) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6386 = "stablehlo.multiply"(%arg85, %6385) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6387 = "stablehlo.subtract"(%6386, %6380) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6391 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6392 = "stablehlo.add"(%arg337, %6391) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6393 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6394 = "stablehlo.broadcast_in_dim"(%6393) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6395 = "stablehlo.multiply"(%arg335, %6394) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6396 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6397 = "stablehlo.broadcast_in_dim"(%6396) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6398 = "stablehlo.multiply"(%2559, %6397) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6399 = "stablehlo.add"(%6395, %6398) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6400 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6401 = "stablehlo.broadcast_in_dim"(%6400) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6402 = "stablehlo.multiply"(%arg336, %6401) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6403 = "stablehlo.multiply"(%2559, %2559) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6404 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6405 = "stablehlo.broadcast_in_dim"(%6404) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6406 = "stablehlo.multiply"(%6403, %6405) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6407 = "stablehlo.add"(%6402, %6406) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6408 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6409 = "stablehlo.power"(%6408, %6392) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6410 = "stablehlo.negate"(%6409) : (tensor<f32>) -> tensor<f32>
    %6411 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6412 = "stablehlo.add"(%6410, %6411) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6413 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6414 = "stablehlo.power"(%6413, %6392) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6415 = "stablehlo.negate"(%6414) : (tensor<f32>) -> tensor<f32>
    %6416 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6417 = "stablehlo.add"(%6415, %6416) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6418 = "stablehlo.broadcast_in_dim"(%6412) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6419 = "stablehlo.divide"(%6399, %6418) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6420 = "stablehlo.sqrt"(%6417) : (tensor<f32>) -> tensor<f32>
    %6421 = "stablehlo.sqrt"(%6407) : (tensor<128xf32>) -> tensor<128xf32>
    %6422 = "stablehlo.broadcast_in_dim"(%6420) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6423 = "stablehlo.divide"(%6421, %6422) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6424 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6425 = "stablehlo.broadcast_in_dim"(%6424) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6426 = "stablehlo.add"(%6423, %6425) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6427 = "stablehlo.divide"(%6419, %6426) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6428 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6429 = "stablehlo.multiply"(%6427, %6428) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6430 = "stablehlo.subtract"(%arg86, %6429) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6434 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6435 = "stablehlo.add"(%arg340, %6434) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6436 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6437 = "stablehlo.broadcast_in_dim"(%6436) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6438 = "stablehlo.multiply"(%arg338, %6437) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6439 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6440 = "stablehlo.broadcast_in_dim"(%6439) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6441 = "stablehlo.multiply"(%2561, %6440) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6442 = "stablehlo.add"(%6438, %6441) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6443 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6444 = "stablehlo.broadcast_in_dim"(%6443) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6445 = "stablehlo.multiply"(%arg339, %6444) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6446 = "stablehlo.multiply"(%2561, %2561) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6447 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6448 = "stablehlo.broadcast_in_dim"(%6447) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6449 = "stablehlo.multiply"(%6446, %6448) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6450 = "stablehlo.add"(%6445, %6449) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6451 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6452 = "stablehlo.power"(%6451, %6435) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6453 = "stablehlo.negate"(%6452) : (tensor<f32>) -> tensor<f32>
    %6454 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6455 = "stablehlo.add"(%6453, %6454) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6456 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6457 = "stablehlo.power"(%6456, %6435) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6458 = "stablehlo.negate"(%6457) : (tensor<f32>) -> tensor<f32>
    %6459 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6460 = "stablehlo.add"(%6458, %6459) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6461 = "stablehlo.broadcast_in_dim"(%6455) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6462 = "stablehlo.divide"(%6442, %6461) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6463 = "stablehlo.sqrt"(%6460) : (tensor<f32>) -> tensor<f32>
    %6464 = "stablehlo.sqrt"(%6450) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6465 = "stablehlo.broadcast_in_dim"(%6463) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6466 = "stablehlo.divide"(%6464, %6465) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6467 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6468 = "stablehlo.broadcast_in_dim"(%6467) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6469 = "stablehlo.add"(%6466, %6468) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6470 = "stablehlo.divide"(%6462, %6469) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6471 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6472 = "stablehlo.multiply"(%6470, %6471) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6473 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6474 = "stablehlo.multiply"(%2593, %6473) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6475 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6476 = "stablehlo.add"(%6474, %6475) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6477 = "stablehlo.broadcast_in_dim"(%6476) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6478 = "stablehlo.multiply"(%arg87, %6477) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6479 = "stablehlo.subtract"(%6478, %6472) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6483 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6484 = "stablehlo.add"(%arg343, %6483) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6485 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6486 = "stablehlo.broadcast_in_dim"(%6485) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6487 = "stablehlo.multiply"(%arg341, %6486) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6488 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6489 = "stablehlo.broadcast_in_dim"(%6488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6490 = "stablehlo.multiply"(%2563, %6489) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6491 = "stablehlo.add"(%6487, %6490) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6492 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6493 = "stablehlo.broadcast_in_dim"(%6492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6494 = "stablehlo.multiply"(%arg342, %6493) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6495 = "stablehlo.multiply"(%2563, %2563) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6496 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6497 = "stablehlo.broadcast_in_dim"(%6496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6498 = "stablehlo.multiply"(%6495, %6497) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6499 = "stablehlo.add"(%6494, %6498) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6500 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6501 = "stablehlo.power"(%6500, %6484) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6502 = "stablehlo.negate"(%6501) : (tensor<f32>) -> tensor<f32>
    %6503 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6504 = "stablehlo.add"(%6502, %6503) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6505 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6506 = "stablehlo.power"(%6505, %6484) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6507 = "stablehlo.negate"(%6506) : (tensor<f32>) -> tensor<f32>
    %6508 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6509 = "stablehlo.add"(%6507, %6508) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6510 = "stablehlo.broadcast_in_dim"(%6504) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6511 = "stablehlo.divide"(%6491, %6510) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6512 = "stablehlo.sqrt"(%6509) : (tensor<f32>) -> tensor<f32>
    %6513 = "stablehlo.sqrt"(%6499) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6514 = "stablehlo.broadcast_in_dim"(%6512) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6515 = "stablehlo.divide"(%6513, %6514) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6516 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6517 = "stablehlo.broadcast_in_dim"(%6516) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6518 = "stablehlo.add"(%6515, %6517) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6519 = "stablehlo.divide"(%6511, %6518) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6520 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6521 = "stablehlo.multiply"(%6519, %6520) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6522 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6523 = "stablehlo.multiply"(%2593, %6522) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6524 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6525 = "stablehlo.add"(%6523, %6524) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6526 = "stablehlo.broadcast_in_dim"(%6525) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6527 = "stablehlo.multiply"(%arg88, %6526) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6528 = "stablehlo.subtract"(%6527, %6521) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6532 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6533 = "stablehlo.add"(%arg346, %6532) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6534 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6535 = "stablehlo.broadcast_in_dim"(%6534) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6536 = "stablehlo.multiply"(%arg344, %6535) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6537 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6538 = "stablehlo.broadcast_in_dim"(%6537) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6539 = "stablehlo.multiply"(%2565, %6538) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6540 = "stablehlo.add"(%6536, %6539) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6541 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6542 = "stablehlo.broadcast_in_dim"(%6541) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6543 = "stablehlo.multiply"(%arg345, %6542) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6544 = "stablehlo.multiply"(%2565, %2565) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6545 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6546 = "stablehlo.broadcast_in_dim"(%6545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6547 = "stablehlo.multiply"(%6544, %6546) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6548 = "stablehlo.add"(%6543, %6547) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6549 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6550 = "stablehlo.power"(%6549, %6533) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6551 = "stablehlo.negate"(%6550) : (tensor<f32>) -> tensor<f32>
    %6552 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6553 = "stablehlo.add"(%6551, %6552) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6554 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6555 = "stablehlo.power"(%6554, %6533) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6556 = "stablehlo.negate"(%6555) : (tensor<f32>) -> tensor<f32>
    %6557 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6558 = "stablehlo.add"(%6556, %6557) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6559 = "stablehlo.broadcast_in_dim"(%6553) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6560 = "stablehlo.divide"(%6540, %6559) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6561 = "stablehlo.sqrt"(%6558) : (tensor<f32>) -> tensor<f32>
    %6562 = "stablehlo.sqrt"(%6548) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6563 = "stablehlo.broadcast_in_dim"(%6561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6564 = "stablehlo.divide"(%6562, %6563) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6565 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6566 = "stablehlo.broadcast_in_dim"(%6565) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6567 = "stablehlo.add"(%6564, %6566) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6568 = "stablehlo.divide"(%6560, %6567) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6569 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6570 = "stablehlo.multiply"(%6568, %6569) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6571 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6572 = "stablehlo.multiply"(%2593, %6571) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6573 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6574 = "stablehlo.add"(%6572, %6573) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6575 = "stablehlo.broadcast_in_dim"(%6574) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6576 = "stablehlo.multiply"(%arg89, %6575) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6577 = "stablehlo.subtract"(%6576, %6570) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6581 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6582 = "stablehlo.add"(%arg349, %6581) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6583 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6584 = "stablehlo.broadcast_in_dim"(%6583) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6585 = "stablehlo.multiply"(%arg347, %6584) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6586 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6587 = "stablehlo.broadcast_in_dim"(%6586) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6588 = "stablehlo.multiply"(%2567, %6587) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6589 = "stablehlo.add"(%6585, %6588) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6590 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6591 = "stablehlo.broadcast_in_dim"(%6590) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6592 = "stablehlo.multiply"(%arg348, %6591) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6593 = "stablehlo.multiply"(%2567, %2567) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6594 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6595 = "stablehlo.broadcast_in_dim"(%6594) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6596 = "stablehlo.multiply"(%6593, %6595) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6597 = "stablehlo.add"(%6592, %6596) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6598 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6599 = "stablehlo.power"(%6598, %6582) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6600 = "stablehlo.negate"(%6599) : (tensor<f32>) -> tensor<f32>
    %6601 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6602 = "stablehlo.add"(%6600, %6601) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6603 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6604 = "stablehlo.power"(%6603, %6582) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6605 = "stablehlo.negate"(%6604) : (tensor<f32>) -> tensor<f32>
    %6606 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6607 = "stablehlo.add"(%6605, %6606) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6608 = "stablehlo.broadcast_in_dim"(%6602) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6609 = "stablehlo.divide"(%6589, %6608) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6610 = "stablehlo.sqrt"(%6607) : (tensor<f32>) -> tensor<f32>
    %6611 = "stablehlo.sqrt"(%6597) : (tensor<128x128xf32>) -> tensor<128x128xf32>
    %6612 = "stablehlo.broadcast_in_dim"(%6610) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6613 = "stablehlo.divide"(%6611, %6612) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6614 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6615 = "stablehlo.broadcast_in_dim"(%6614) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6616 = "stablehlo.add"(%6613, %6615) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6617 = "stablehlo.divide"(%6609, %6616) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6618 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6619 = "stablehlo.multiply"(%6617, %6618) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6620 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6621 = "stablehlo.multiply"(%2593, %6620) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6622 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6623 = "stablehlo.add"(%6621, %6622) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6624 = "stablehlo.broadcast_in_dim"(%6623) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x128xf32>
    %6625 = "stablehlo.multiply"(%arg90, %6624) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6626 = "stablehlo.subtract"(%6625, %6619) : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %6630 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6631 = "stablehlo.add"(%arg352, %6630) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6632 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6633 = "stablehlo.broadcast_in_dim"(%6632) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6634 = "stablehlo.multiply"(%arg350, %6633) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6635 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6636 = "stablehlo.broadcast_in_dim"(%6635) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6637 = "stablehlo.multiply"(%2569, %6636) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6638 = "stablehlo.add"(%6634, %6637) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6639 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6640 = "stablehlo.broadcast_in_dim"(%6639) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6641 = "stablehlo.multiply"(%arg351, %6640) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6642 = "stablehlo.multiply"(%2569, %2569) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6643 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6644 = "stablehlo.broadcast_in_dim"(%6643) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6645 = "stablehlo.multiply"(%6642, %6644) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6646 = "stablehlo.add"(%6641, %6645) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6647 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6648 = "stablehlo.power"(%6647, %6631) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6649 = "stablehlo.negate"(%6648) : (tensor<f32>) -> tensor<f32>
    %6650 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6651 = "stablehlo.add"(%6649, %6650) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6652 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6653 = "stablehlo.power"(%6652, %6631) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6654 = "stablehlo.negate"(%6653) : (tensor<f32>) -> tensor<f32>
    %6655 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6656 = "stablehlo.add"(%6654, %6655) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6657 = "stablehlo.broadcast_in_dim"(%6651) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6658 = "stablehlo.divide"(%6638, %6657) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6659 = "stablehlo.sqrt"(%6656) : (tensor<f32>) -> tensor<f32>
    %6660 = "stablehlo.sqrt"(%6646) : (tensor<128xf32>) -> tensor<128xf32>
    %6661 = "stablehlo.broadcast_in_dim"(%6659) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6662 = "stablehlo.divide"(%6660, %6661) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6663 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6664 = "stablehlo.broadcast_in_dim"(%6663) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6665 = "stablehlo.add"(%6662, %6664) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6666 = "stablehlo.divide"(%6658, %6665) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6667 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6668 = "stablehlo.multiply"(%6666, %6667) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6669 = "stablehlo.subtract"(%arg91, %6668) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6673 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6674 = "stablehlo.add"(%arg355, %6673) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6675 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6676 = "stablehlo.broadcast_in_dim"(%6675) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6677 = "stablehlo.multiply"(%arg353, %6676) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6678 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6679 = "stablehlo.broadcast_in_dim"(%6678) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6680 = "stablehlo.multiply"(%2571, %6679) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6681 = "stablehlo.add"(%6677, %6680) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6682 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6683 = "stablehlo.broadcast_in_dim"(%6682) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6684 = "stablehlo.multiply"(%arg354, %6683) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6685 = "stablehlo.multiply"(%2571, %2571) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6686 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6687 = "stablehlo.broadcast_in_dim"(%6686) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6688 = "stablehlo.multiply"(%6685, %6687) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6689 = "stablehlo.add"(%6684, %6688) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6690 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6691 = "stablehlo.power"(%6690, %6674) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6692 = "stablehlo.negate"(%6691) : (tensor<f32>) -> tensor<f32>
    %6693 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6694 = "stablehlo.add"(%6692, %6693) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6695 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6696 = "stablehlo.power"(%6695, %6674) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6697 = "stablehlo.negate"(%6696) : (tensor<f32>) -> tensor<f32>
    %6698 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6699 = "stablehlo.add"(%6697, %6698) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6700 = "stablehlo.broadcast_in_dim"(%6694) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6701 = "stablehlo.divide"(%6681, %6700) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6702 = "stablehlo.sqrt"(%6699) : (tensor<f32>) -> tensor<f32>
    %6703 = "stablehlo.sqrt"(%6689) : (tensor<128x512xf32>) -> tensor<128x512xf32>
    %6704 = "stablehlo.broadcast_in_dim"(%6702) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6705 = "stablehlo.divide"(%6703, %6704) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6706 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6707 = "stablehlo.broadcast_in_dim"(%6706) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6708 = "stablehlo.add"(%6705, %6707) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6709 = "stablehlo.divide"(%6701, %6708) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6710 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6711 = "stablehlo.multiply"(%6709, %6710) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6712 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6713 = "stablehlo.multiply"(%2593, %6712) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6714 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6715 = "stablehlo.add"(%6713, %6714) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6716 = "stablehlo.broadcast_in_dim"(%6715) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x512xf32>
    %6717 = "stablehlo.multiply"(%arg92, %6716) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6718 = "stablehlo.subtract"(%6717, %6711) : (tensor<128x512xf32>, tensor<128x512xf32>) -> tensor<128x512xf32>
    %6722 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6723 = "stablehlo.add"(%arg358, %6722) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6724 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6725 = "stablehlo.broadcast_in_dim"(%6724) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6726 = "stablehlo.multiply"(%arg356, %6725) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6727 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6728 = "stablehlo.broadcast_in_dim"(%6727) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6729 = "stablehlo.multiply"(%2573, %6728) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6730 = "stablehlo.add"(%6726, %6729) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6731 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6732 = "stablehlo.broadcast_in_dim"(%6731) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6733 = "stablehlo.multiply"(%arg357, %6732) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6734 = "stablehlo.multiply"(%2573, %2573) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6735 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6736 = "stablehlo.broadcast_in_dim"(%6735) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6737 = "stablehlo.multiply"(%6734, %6736) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6738 = "stablehlo.add"(%6733, %6737) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6739 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6740 = "stablehlo.power"(%6739, %6723) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6741 = "stablehlo.negate"(%6740) : (tensor<f32>) -> tensor<f32>
    %6742 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6743 = "stablehlo.add"(%6741, %6742) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6744 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6745 = "stablehlo.power"(%6744, %6723) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6746 = "stablehlo.negate"(%6745) : (tensor<f32>) -> tensor<f32>
    %6747 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6748 = "stablehlo.add"(%6746, %6747) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6749 = "stablehlo.broadcast_in_dim"(%6743) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6750 = "stablehlo.divide"(%6730, %6749) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6751 = "stablehlo.sqrt"(%6748) : (tensor<f32>) -> tensor<f32>
    %6752 = "stablehlo.sqrt"(%6738) : (tensor<512x128xf32>) -> tensor<512x128xf32>
    %6753 = "stablehlo.broadcast_in_dim"(%6751) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6754 = "stablehlo.divide"(%6752, %6753) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6755 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6756 = "stablehlo.broadcast_in_dim"(%6755) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6757 = "stablehlo.add"(%6754, %6756) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6758 = "stablehlo.divide"(%6750, %6757) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6759 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6760 = "stablehlo.multiply"(%6758, %6759) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6761 = stablehlo.constant dense<0xBC23D70A> : tensor<f32>
    %6762 = "stablehlo.multiply"(%2593, %6761) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6763 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6764 = "stablehlo.add"(%6762, %6763) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6765 = "stablehlo.broadcast_in_dim"(%6764) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<512x128xf32>
    %6766 = "stablehlo.multiply"(%arg93, %6765) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6767 = "stablehlo.subtract"(%6766, %6760) : (tensor<512x128xf32>, tensor<512x128xf32>) -> tensor<512x128xf32>
    %6771 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6772 = "stablehlo.add"(%arg361, %6771) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6773 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6774 = "stablehlo.broadcast_in_dim"(%6773) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6775 = "stablehlo.multiply"(%arg359, %6774) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6776 = stablehlo.constant dense<0x3DCCCCCD> : tensor<f32>
    %6777 = "stablehlo.broadcast_in_dim"(%6776) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6778 = "stablehlo.multiply"(%2575, %6777) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6779 = "stablehlo.add"(%6775, %6778) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6780 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6781 = "stablehlo.broadcast_in_dim"(%6780) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6782 = "stablehlo.multiply"(%arg360, %6781) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6783 = "stablehlo.multiply"(%2575, %2575) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6784 = stablehlo.constant dense<0x3A83126F> : tensor<f32>
    %6785 = "stablehlo.broadcast_in_dim"(%6784) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6786 = "stablehlo.multiply"(%6783, %6785) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6787 = "stablehlo.add"(%6782, %6786) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6788 = stablehlo.constant dense<0x3F666666> : tensor<f32>
    %6789 = "stablehlo.power"(%6788, %6772) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6790 = "stablehlo.negate"(%6789) : (tensor<f32>) -> tensor<f32>
    %6791 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6792 = "stablehlo.add"(%6790, %6791) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6793 = stablehlo.constant dense<0x3F7FBE77> : tensor<f32>
    %6794 = "stablehlo.power"(%6793, %6772) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6795 = "stablehlo.negate"(%6794) : (tensor<f32>) -> tensor<f32>
    %6796 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %6797 = "stablehlo.add"(%6795, %6796) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %6798 = "stablehlo.broadcast_in_dim"(%6792) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6799 = "stablehlo.divide"(%6779, %6798) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6800 = "stablehlo.sqrt"(%6797) : (tensor<f32>) -> tensor<f32>
    %6801 = "stablehlo.sqrt"(%6787) : (tensor<128xf32>) -> tensor<128xf32>
    %6802 = "stablehlo.broadcast_in_dim"(%6800) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6803 = "stablehlo.divide"(%6801, %6802) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6804 = stablehlo.constant dense<0x322BCC77> : tensor<f32>
    %6805 = "stablehlo.broadcast_in_dim"(%6804) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6806 = "stablehlo.add"(%6803, %6805) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6807 = "stablehlo.divide"(%6799, %6806) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6808 = "stablehlo.broadcast_in_dim"(%2593) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %6809 = "stablehlo.multiply"(%6807, %6808) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %6810 = "stablehlo.subtract"(%arg94, %6809) : (tensor<128xf32>, tensor<128xf32>) -> tensor<128xf32>
    return %924, %2391, %2593, %2642, %2605, %2613, %2598, %2685, %2654, %2662, %2647, %2728, %2697, %2705, %2690, %2777, %2740, %2748, %2733, %2826, %2789, %2797, %2782, %2875, %2838, %2846, %2831, %2924, %2887, %2895, %2880, %2967, %2936, %2944, %2929, %3016, %2979, %2987, %2972, %3065, %3028, %3036, %3021, %3108, %3077, %3085, %3070, %3157, %3120, %3128, %3113, %3206, %3169, %3177, %3162, %3255, %3218, %3226, %3211, %3304, %3267, %3275, %3260, %3347, %3316, %3324, %3309, %3396, %3359, %3367, %3352, %3445, %3408, %3416, %3401, %3488, %3457, %3465, %3450, %3537, %3500, %3508, %3493, %3586, %3549, %3557, %3542, %3635, %3598, %3606, %3591, %3684, %3647, %3655, %3640, %3727, %3696, %3704, %3689, %3776, %3739, %3747, %3732, %3825, %3788, %3796, %3781, %3868, %3837, %3845, %3830, %3917, %3880, %3888, %3873, %3966, %3929, %3937, %3922, %4015, %3978, %3986, %3971, %4064, %4027, %4035, %4020, %4107, %4076, %4084, %4069, %4156, %4119, %4127, %4112, %4205, %4168, %4176, %4161, %4248, %4217, %4225, %4210, %4291, %4260, %4268, %4253, %4334, %4303, %4311, %4296, %4383, %4346, %4354, %4339, %4432, %4395, %4403, %4388, %4481, %4444, %4452, %4437, %4530, %4493, %4501, %4486, %4573, %4542, %4550, %4535, %4622, %4585, %4593, %4578, %4671, %4634, %4642, %4627, %4720, %4683, %4691, %4676, %4769, %4732, %4740, %4725, %4812, %4781, %4789, %4774, %4861, %4824, %4832, %4817, %4910, %4873, %4881, %4866, %4953, %4922, %4930, %4915, %5002, %4965, %4973, %4958, %5051, %5014, %5022, %5007, %5100, %5063, %5071, %5056, %5149, %5112, %5120, %5105, %5192, %5161, %5169, %5154, %5241, %5204, %5212, %5197, %5290, %5253, %5261, %5246, %5339, %5302, %5310, %5295, %5388, %5351, %5359, %5344, %5431, %5400, %5408, %5393, %5480, %5443, %5451, %5436, %5529, %5492, %5500, %5485, %5572, %5541, %5549, %5534, %5621, %5584, %5592, %5577, %5670, %5633, %5641, %5626, %5719, %5682, %5690, %5675, %5768, %5731, %5739, %5724, %5811, %5780, %5788, %5773, %5860, %5823, %5831, %5816, %5909, %5872, %5880, %5865, %5958, %5921, %5929, %5914, %6007, %5970, %5978, %5963, %6050, %6019, %6027, %6012, %6099, %6062, %6070, %6055, %6148, %6111, %6119, %6104, %6191, %6160, %6168, %6153, %6240, %6203, %6211, %6196, %6289, %6252, %6260, %6245, %6338, %6301, %6309, %6294, %6387, %6350, %6358, %6343, %6430, %6399, %6407, %6392, %6479, %6442, %6450, %6435, %6528, %6491, %6499, %6484, %6577, %6540, %6548, %6533, %6626, %6589, %6597, %6582, %6669, %6638, %6646, %6631, %6718, %6681, %6689, %6674, %6767, %6730, %6738, %6723, %6810, %6779, %6787, %6772 : tensor<f32>, tensor<f32>, tensor<f32>, tensor<32128x128xf32>, tensor<32128x128xf32>, tensor<32128x128xf32>, tensor<f32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<32x4xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<128x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<128x512xf32>, tensor<f32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<512x128xf32>, tensor<f32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<f32>
  }
}
