module @trec_decode_step attributes {mhlo.num_replicas = 1 : i32, mhlo.num_partitions = 1 : i32} {
  func.func public @main(%arg0: tensor<64x1xi32>, %arg1: tensor<i32>, %arg2: tensor<64xi32>, %arg3: tensor<64x48xi32>, %arg4: tensor<64x48x4x32xf32>, %arg5: tensor<64x48x4x32xf32>, %arg6: tensor<64x48x4x32xf32>, %arg7: tensor<64x48x4x32xf32>, %arg8: tensor<64x48x4x32xf32>, %arg9: tensor<64x48x4x32xf32>, %arg10: tensor<64x48x4x32xf32>, %arg11: tensor<64x48x4x32xf32>, %arg12: tensor<64x2x4x32xf32> {tf.aliasing_output = 2 : i32}, %arg13: tensor<64x2x4x32xf32> {tf.aliasing_output = 3 : i32}, %arg14: tensor<64x2x4x32xf32> {tf.aliasing_output = 4 : i32}, %arg15: tensor<64x2x4x32xf32> {tf.aliasing_output = 5 : i32}, %arg16: tensor<64x2x4x32xf32> {tf.aliasing_output = 6 : i32}, %arg17: tensor<64x2x4x32xf32> {tf.aliasing_output = 7 : i32}, %arg18: tensor<64x2x4x32xf32> {tf.aliasing_output = 8 : i32}, %arg19: tensor<64x2x4x32xf32> {tf.aliasing_output = 9 : i32}, %arg20: tensor<32128x128xf32>, %arg21: tensor<32x4xf32>, %arg22: tensor<128xf32>, %arg23: tensor<128x128xf32>, %arg24: tensor<128x128xf32>, %arg25: tensor<128x128xf32>, %arg26: tensor<128x128xf32>, %arg27: tensor<128xf32>, %arg28: tensor<128x128xf32>, %arg29: tensor<128x128xf32>, %arg30: tensor<128xf32>, %arg31: tensor<128x512xf32>, %arg32: tensor<512x128xf32>, %arg33: tensor<128xf32>, %arg34: tensor<128x128xf32>, %arg35: tensor<128x128xf32>, %arg36: tensor<128x128xf32>, %arg37: tensor<128x128xf32>, %arg38: tensor<128xf32>, %arg39: tensor<128x128xf32>, %arg40: tensor<128x128xf32>, %arg41: tensor<128xf32>, %arg42: tensor<128x512xf32>, %arg43: tensor<512x128xf32>, %arg44: tensor<128xf32>, %arg45: tensor<128x128xf32>, %arg46: tensor<128x128xf32>, %arg47: tensor<128x128xf32>, %arg48: tensor<128x128xf32>, %arg49: tensor<128xf32>, %arg50: tensor<128x128xf32>, %arg51: tensor<128x128xf32>, %arg52: tensor<128xf32>, %arg53: tensor<128x512xf32>, %arg54: tensor<512x128xf32>, %arg55: tensor<128xf32>, %arg56: tensor<128x128xf32>, %arg57: tensor<128x128xf32>, %arg58: tensor<128x128xf32>, %arg59: tensor<128x128xf32>, %arg60: tensor<128xf32>, %arg61: tensor<128x128xf32>, %arg62: tensor<128x128xf32>, %arg63: tensor<128xf32>, %arg64: tensor<128x512xf32>, %arg65: tensor<512x128xf32>, %arg66: tensor<128xf32>) -> (tensor<64xi32>, tensor<64xf32>, tensor<64x2x4x32xf32>, tensor<64x2x4x32xf32>, tensor<64x2x4x32xf32>, tensor<64x2x4x32xf32>, tensor<64x2x4x32xf32>, tensor<64x2x4x32xf32>, tensor<64x2x4x32xf32>, tensor<64x2x4x32xf32>) {
    %21 = "stablehlo.gather"(%arg20, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 128>} : (tensor<32128x128xf32>, tensor<64x1xi32>) -> tensor<64x1x128xf32>
    %23 = stablehlo.constant dense<"0x00000000000000000100000000000000"> : tensor<2x2xi32>
    %24 = stablehlo.constant dense<0> : tensor<i32>
    %25 = "stablehlo.dynamic_slice"(%23, %arg1, %24) {slice_sizes = array<i64: 1, 2>} : (tensor<2x2xi32>, tensor<i32>, tensor<i32>) -> tensor<1x2xi32>
    %26 = "stablehlo.gather"(%arg21, %25) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>} : (tensor<32x4xf32>, tensor<1x2xi32>) -> tensor<1x2x4xf32>
    %27 = "stablehlo.transpose"(%26) {permutation = array<i64: 2, 0, 1>} : (tensor<1x2x4xf32>) -> tensor<4x1x2xf32>
    %28 = "stablehlo.reshape"(%27) : (tensor<4x1x2xf32>) -> tensor<1x4x1x2xf32>
    %29 = "stablehlo.iota"() {iota_dimension = 3 : i64} : () -> tensor<1x1x1x2xi32>
    %30 = "stablehlo.reshape"(%arg1) : (tensor<i32>) -> tensor<1x1x1x1xi32>
    %31 = "stablehlo.broadcast_in_dim"(%30) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x1xi32>) -> tensor<1x1x1x2xi32>
    %32 = "stablehlo.compare"(%29, %31) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<1x1x1x2xi32>, tensor<1x1x1x2xi32>) -> tensor<1x1x1x2xi1>
    %33 = stablehlo.constant dense<0x00000000> : tensor<1x1x1x2xf32>
    %34 = stablehlo.constant dense<0xFF7FFFFF> : tensor<f32>
    %35 = "stablehlo.broadcast_in_dim"(%34) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x1x2xf32>
    %36 = "stablehlo.select"(%32, %33, %35) : (tensor<1x1x1x2xi1>, tensor<1x1x1x2xf32>, tensor<1x1x1x2xf32>) -> tensor<1x1x1x2xf32>
    %37 = "stablehlo.broadcast_in_dim"(%36) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x2xf32>) -> tensor<1x4x1x2xf32>
    %38 = "stablehlo.add"(%28, %37) : (tensor<1x4x1x2xf32>, tensor<1x4x1x2xf32>) -> tensor<1x4x1x2xf32>
    %39 = "stablehlo.convert"(%arg3) : (tensor<64x48xi32>) -> tensor<64x48xf32>
    %40 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %41 = "stablehlo.broadcast_in_dim"(%40) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x48xf32>
    %42 = "stablehlo.subtract"(%41, %39) : (tensor<64x48xf32>, tensor<64x48xf32>) -> tensor<64x48xf32>
    %43 = stablehlo.constant dense<0xFF7FFFFF> : tensor<f32>
    %44 = "stablehlo.broadcast_in_dim"(%43) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x48xf32>
    %45 = "stablehlo.multiply"(%42, %44) : (tensor<64x48xf32>, tensor<64x48xf32>) -> tensor<64x48xf32>
    %46 = "stablehlo.reshape"(%45) : (tensor<64x48xf32>) -> tensor<64x1x1x48xf32>
    %47 = stablehlo.constant dense<0> : tensor<i32>
    %49 = "stablehlo.multiply"(%21, %21) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n50_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %50 = "stablehlo.reduce"(%49, %n50_init) ({
    ^bb0(%n50_a: tensor<f32>, %n50_b: tensor<f32>):
      %n50_r = "stablehlo.add"(%n50_a, %n50_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n50_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %51 = "stablehlo.reshape"(%50) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %52 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %53 = "stablehlo.broadcast_in_dim"(%52) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %54 = "stablehlo.multiply"(%51, %53) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %55 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %56 = "stablehlo.broadcast_in_dim"(%55) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %57 = "stablehlo.add"(%54, %56) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %58 = "stablehlo.rsqrt"(%57) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %59 = "stablehlo.broadcast_in_dim"(%58) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %60 = "stablehlo.multiply"(%21, %59) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %61 = "stablehlo.broadcast_in_dim"(%arg22) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %62 = "stablehlo.multiply"(%60, %61) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %67 = "stablehlo.reshape"(%62) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n68_wx = "stablehlo.dot_general"(%arg24, %67) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n68_kept = "stablehlo.optimization_barrier"(%n68_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %68 = "stablehlo.transpose"(%n68_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %69 = "stablehlo.reshape"(%68) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %70 = "stablehlo.reshape"(%69) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %71 = "stablehlo.reshape"(%arg12) : (tensor<64x2x4x32xf32>) -> tensor<64x256xf32>
    %72 = "stablehlo.gather"(%71, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 256>} : (tensor<64x256xf32>, tensor<64xi32>) -> tensor<64x256xf32>
    %73 = "stablehlo.reshape"(%72) : (tensor<64x256xf32>) -> tensor<64x2x4x32xf32>
    %74 = "stablehlo.dynamic_update_slice"(%73, %70, %47, %arg1, %47, %47) : (tensor<64x2x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x2x4x32xf32>
    %75 = "stablehlo.reshape"(%62) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n76_wx = "stablehlo.dot_general"(%arg25, %75) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n76_kept = "stablehlo.optimization_barrier"(%n76_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %76 = "stablehlo.transpose"(%n76_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %77 = "stablehlo.reshape"(%76) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %78 = "stablehlo.reshape"(%77) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %79 = "stablehlo.reshape"(%arg13) : (tensor<64x2x4x32xf32>) -> tensor<64x256xf32>
    %80 = "stablehlo.gather"(%79, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 256>} : (tensor<64x256xf32>, tensor<64xi32>) -> tensor<64x256xf32>
    %81 = "stablehlo.reshape"(%80) : (tensor<64x256xf32>) -> tensor<64x2x4x32xf32>
    %82 = "stablehlo.dynamic_update_slice"(%81, %78, %47, %arg1, %47, %47) : (tensor<64x2x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x2x4x32xf32>
    %83 = "stablehlo.reshape"(%62) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n84_wx = "stablehlo.dot_general"(%arg23, %83) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n84_kept = "stablehlo.optimization_barrier"(%n84_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %84 = "stablehlo.transpose"(%n84_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %85 = "stablehlo.reshape"(%84) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %86 = "stablehlo.reshape"(%85) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %87 = "stablehlo.dot_general"(%86, %74) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x2x4x32xf32>) -> tensor<64x4x1x2xf32>
    %88 = "stablehlo.broadcast_in_dim"(%38) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %89 = "stablehlo.add"(%87, %88) : (tensor<64x4x1x2xf32>, tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %n90_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %90 = "stablehlo.reduce"(%89, %n90_init) ({
    ^bb0(%n90_a: tensor<f32>, %n90_b: tensor<f32>):
      %n90_r = "stablehlo.maximum"(%n90_a, %n90_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n90_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x2xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %91 = "stablehlo.reshape"(%90) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %92 = "stablehlo.broadcast_in_dim"(%91) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x2xf32>
    %93 = "stablehlo.subtract"(%89, %92) : (tensor<64x4x1x2xf32>, tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %94 = "stablehlo.exponential"(%93) : (tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %n95_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %95 = "stablehlo.reduce"(%94, %n95_init) ({
    ^bb0(%n95_a: tensor<f32>, %n95_b: tensor<f32>):
      %n95_r = "stablehlo.add"(%n95_a, %n95_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n95_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x2xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %96 = "stablehlo.reshape"(%95) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %97 = "stablehlo.broadcast_in_dim"(%96) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x2xf32>
    %98 = "stablehlo.divide"(%94, %97) : (tensor<64x4x1x2xf32>, tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %99 = "stablehlo.dot_general"(%98, %82) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x2xf32>, tensor<64x2x4x32xf32>) -> tensor<64x4x1x32xf32>
    %100 = "stablehlo.transpose"(%99) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %101 = "stablehlo.reshape"(%100) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %102 = "stablehlo.reshape"(%101) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n103_wx = "stablehlo.dot_general"(%arg26, %102) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n103_kept = "stablehlo.optimization_barrier"(%n103_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %103 = "stablehlo.transpose"(%n103_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %104 = "stablehlo.reshape"(%103) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %105 = "stablehlo.add"(%21, %104) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %107 = "stablehlo.multiply"(%105, %105) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n108_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %108 = "stablehlo.reduce"(%107, %n108_init) ({
    ^bb0(%n108_a: tensor<f32>, %n108_b: tensor<f32>):
      %n108_r = "stablehlo.add"(%n108_a, %n108_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n108_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %109 = "stablehlo.reshape"(%108) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %110 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %111 = "stablehlo.broadcast_in_dim"(%110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %112 = "stablehlo.multiply"(%109, %111) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %113 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %114 = "stablehlo.broadcast_in_dim"(%113) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %115 = "stablehlo.add"(%112, %114) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %116 = "stablehlo.rsqrt"(%115) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %117 = "stablehlo.broadcast_in_dim"(%116) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %118 = "stablehlo.multiply"(%105, %117) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %119 = "stablehlo.broadcast_in_dim"(%arg27) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %120 = "stablehlo.multiply"(%118, %119) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %123 = "stablehlo.reshape"(%120) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n124_wx = "stablehlo.dot_general"(%arg28, %123) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n124_kept = "stablehlo.optimization_barrier"(%n124_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %124 = "stablehlo.transpose"(%n124_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %125 = "stablehlo.reshape"(%124) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %126 = "stablehlo.reshape"(%125) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %127 = "stablehlo.dot_general"(%126, %arg4) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x48xf32>
    %128 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x1x1x48xf32>) -> tensor<64x4x1x48xf32>
    %129 = "stablehlo.add"(%127, %128) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n130_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %130 = "stablehlo.reduce"(%129, %n130_init) ({
    ^bb0(%n130_a: tensor<f32>, %n130_b: tensor<f32>):
      %n130_r = "stablehlo.maximum"(%n130_a, %n130_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n130_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %131 = "stablehlo.reshape"(%130) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %132 = "stablehlo.broadcast_in_dim"(%131) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %133 = "stablehlo.subtract"(%129, %132) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %134 = "stablehlo.exponential"(%133) : (tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n135_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %135 = "stablehlo.reduce"(%134, %n135_init) ({
    ^bb0(%n135_a: tensor<f32>, %n135_b: tensor<f32>):
      %n135_r = "stablehlo.add"(%n135_a, %n135_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n135_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %136 = "stablehlo.reshape"(%135) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %137 = "stablehlo.broadcast_in_dim"(%136) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %138 = "stablehlo.divide"(%134, %137) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %139 = "stablehlo.dot_general"(%138, %arg5) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x48xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x32xf32>
    %140 = "stablehlo.transpose"(%139) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %141 = "stablehlo.reshape"(%140) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %142 = "stablehlo.reshape"(%141) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n143_wx = "stablehlo.dot_general"(%arg29, %142) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n143_kept = "stablehlo.optimization_barrier"(%n143_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %143 = "stablehlo.transpose"(%n143_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %144 = "stablehlo.reshape"(%143) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %145 = "stablehlo.add"(%105, %144) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %147 = "stablehlo.multiply"(%145, %145) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n148_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %148 = "stablehlo.reduce"(%147, %n148_init) ({
    ^bb0(%n148_a: tensor<f32>, %n148_b: tensor<f32>):
      %n148_r = "stablehlo.add"(%n148_a, %n148_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n148_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %149 = "stablehlo.reshape"(%148) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %150 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %151 = "stablehlo.broadcast_in_dim"(%150) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %152 = "stablehlo.multiply"(%149, %151) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %153 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %154 = "stablehlo.broadcast_in_dim"(%153) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %155 = "stablehlo.add"(%152, %154) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %156 = "stablehlo.rsqrt"(%155) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %157 = "stablehlo.broadcast_in_dim"(%156) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %158 = "stablehlo.multiply"(%145, %157) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %159 = "stablehlo.broadcast_in_dim"(%arg30) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %160 = "stablehlo.multiply"(%158, %159) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %163 = "stablehlo.reshape"(%160) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n164_wx = "stablehlo.dot_general"(%arg32, %163) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<512x128xf32>, tensor<64x128xf32>) -> tensor<512x64xf32>
    %n164_kept = "stablehlo.optimization_barrier"(%n164_wx) : (tensor<512x64xf32>) -> tensor<512x64xf32>
    %164 = "stablehlo.transpose"(%n164_kept) {permutation = array<i64: 1, 0>} : (tensor<512x64xf32>) -> tensor<64x512xf32>
    %165 = "stablehlo.reshape"(%164) : (tensor<64x512xf32>) -> tensor<64x1x512xf32>
    %166 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %167 = "stablehlo.broadcast_in_dim"(%166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x512xf32>
    %168 = "stablehlo.maximum"(%165, %167) : (tensor<64x1x512xf32>, tensor<64x1x512xf32>) -> tensor<64x1x512xf32>
    %169 = "stablehlo.reshape"(%168) : (tensor<64x1x512xf32>) -> tensor<64x512xf32>
    %n170_wx = "stablehlo.dot_general"(%arg31, %169) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x512xf32>, tensor<64x512xf32>) -> tensor<128x64xf32>
    %n170_kept = "stablehlo.optimization_barrier"(%n170_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %170 = "stablehlo.transpose"(%n170_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %171 = "stablehlo.reshape"(%170) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %172 = "stablehlo.add"(%145, %171) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %174 = "stablehlo.multiply"(%172, %172) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n175_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %175 = "stablehlo.reduce"(%174, %n175_init) ({
    ^bb0(%n175_a: tensor<f32>, %n175_b: tensor<f32>):
      %n175_r = "stablehlo.add"(%n175_a, %n175_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n175_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %176 = "stablehlo.reshape"(%175) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %177 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %178 = "stablehlo.broadcast_in_dim"(%177) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %179 = "stablehlo.multiply"(%176, %178) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %180 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %181 = "stablehlo.broadcast_in_dim"(%180) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %182 = "stablehlo.add"(%179, %181) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %183 = "stablehlo.rsqrt"(%182) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %184 = "stablehlo.broadcast_in_dim"(%183) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %185 = "stablehlo.multiply"(%172, %184) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %186 = "stablehlo.broadcast_in_dim"(%arg33) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %187 = "stablehlo.multiply"(%185, %186) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %192 = "stablehlo.reshape"(%187) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n193_wx = "stablehlo.dot_general"(%arg35, %192) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n193_kept = "stablehlo.optimization_barrier"(%n193_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %193 = "stablehlo.transpose"(%n193_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %194 = "stablehlo.reshape"(%193) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %195 = "stablehlo.reshape"(%194) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %196 = "stablehlo.reshape"(%arg14) : (tensor<64x2x4x32xf32>) -> tensor<64x256xf32>
    %197 = "stablehlo.gather"(%196, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 256>} : (tensor<64x256xf32>, tensor<64xi32>) -> tensor<64x256xf32>
    %198 = "stablehlo.reshape"(%197) : (tensor<64x256xf32>) -> tensor<64x2x4x32xf32>
    %199 = "stablehlo.dynamic_update_slice"(%198, %195, %47, %arg1, %47, %47) : (tensor<64x2x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x2x4x32xf32>
    %200 = "stablehlo.reshape"(%187) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n201_wx = "stablehlo.dot_general"(%arg36, %200) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n201_kept = "stablehlo.optimization_barrier"(%n201_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %201 = "stablehlo.transpose"(%n201_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %202 = "stablehlo.reshape"(%201) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %203 = "stablehlo.reshape"(%202) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %204 = "stablehlo.reshape"(%arg15) : (tensor<64x2x4x32xf32>) -> tensor<64x256xf32>
    %205 = "stablehlo.gather"(%204, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 256>} : (tensor<64x256xf32>, tensor<64xi32>) -> tensor<64x256xf32>
    %206 = "stablehlo.reshape"(%205) : (tensor<64x256xf32>) -> tensor<64x2x4x32xf32>
    %207 = "stablehlo.dynamic_update_slice"(%206, %203, %47, %arg1, %47, %47) : (tensor<64x2x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x2x4x32xf32>
    %208 = "stablehlo.reshape"(%187) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n209_wx = "stablehlo.dot_general"(%arg34, %208) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n209_kept = "stablehlo.optimization_barrier"(%n209_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %209 = "stablehlo.transpose"(%n209_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %210 = "stablehlo.reshape"(%209) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %211 = "stablehlo.reshape"(%210) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %212 = "stablehlo.dot_general"(%211, %199) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x2x4x32xf32>) -> tensor<64x4x1x2xf32>
    %213 = "stablehlo.broadcast_in_dim"(%38) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %214 = "stablehlo.add"(%212, %213) : (tensor<64x4x1x2xf32>, tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %n215_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %215 = "stablehlo.reduce"(%214, %n215_init) ({
    ^bb0(%n215_a: tensor<f32>, %n215_b: tensor<f32>):
      %n215_r = "stablehlo.maximum"(%n215_a, %n215_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n215_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x2xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %216 = "stablehlo.reshape"(%215) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %217 = "stablehlo.broadcast_in_dim"(%216) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x2xf32>
    %218 = "stablehlo.subtract"(%214, %217) : (tensor<64x4x1x2xf32>, tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %219 = "stablehlo.exponential"(%218) : (tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %n220_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %220 = "stablehlo.reduce"(%219, %n220_init) ({
    ^bb0(%n220_a: tensor<f32>, %n220_b: tensor<f32>):
      %n220_r = "stablehlo.add"(%n220_a, %n220_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n220_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x2xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %221 = "stablehlo.reshape"(%220) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %222 = "stablehlo.broadcast_in_dim"(%221) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x2xf32>
    %223 = "stablehlo.divide"(%219, %222) : (tensor<64x4x1x2xf32>, tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %224 = "stablehlo.dot_general"(%223, %207) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x2xf32>, tensor<64x2x4x32xf32>) -> tensor<64x4x1x32xf32>
    %225 = "stablehlo.transpose"(%224) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %226 = "stablehlo.reshape"(%225) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %227 = "stablehlo.reshape"(%226) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n228_wx = "stablehlo.dot_general"(%arg37, %227) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n228_kept = "stablehlo.optimization_barrier"(%n228_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %228 = "stablehlo.transpose"(%n228_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %229 = "stablehlo.reshape"(%228) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %230 = "stablehlo.add"(%172, %229) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %232 = "stablehlo.multiply"(%230, %230) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n233_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %233 = "stablehlo.reduce"(%232, %n233_init) ({
    ^bb0(%n233_a: tensor<f32>, %n233_b: tensor<f32>):
      %n233_r = "stablehlo.add"(%n233_a, %n233_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n233_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %234 = "stablehlo.reshape"(%233) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %235 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %236 = "stablehlo.broadcast_in_dim"(%235) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %237 = "stablehlo.multiply"(%234, %236) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %238 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %239 = "stablehlo.broadcast_in_dim"(%238) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %240 = "stablehlo.add"(%237, %239) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %241 = "stablehlo.rsqrt"(%240) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %242 = "stablehlo.broadcast_in_dim"(%241) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %243 = "stablehlo.multiply"(%230, %242) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %244 = "stablehlo.broadcast_in_dim"(%arg38) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %245 = "stablehlo.multiply"(%243, %244) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %248 = "stablehlo.reshape"(%245) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n249_wx = "stablehlo.dot_general"(%arg39, %248) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n249_kept = "stablehlo.optimization_barrier"(%n249_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %249 = "stablehlo.transpose"(%n249_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %250 = "stablehlo.reshape"(%249) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %251 = "stablehlo.reshape"(%250) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %252 = "stablehlo.dot_general"(%251, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x48xf32>
    %253 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x1x1x48xf32>) -> tensor<64x4x1x48xf32>
    %254 = "stablehlo.add"(%252, %253) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n255_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %255 = "stablehlo.reduce"(%254, %n255_init) ({
    ^bb0(%n255_a: tensor<f32>, %n255_b: tensor<f32>):
      %n255_r = "stablehlo.maximum"(%n255_a, %n255_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n255_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %256 = "stablehlo.reshape"(%255) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %257 = "stablehlo.broadcast_in_dim"(%256) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %258 = "stablehlo.subtract"(%254, %257) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %259 = "stablehlo.exponential"(%258) : (tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n260_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %260 = "stablehlo.reduce"(%259, %n260_init) ({
    ^bb0(%n260_a: tensor<f32>, %n260_b: tensor<f32>):
      %n260_r = "stablehlo.add"(%n260_a, %n260_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n260_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %261 = "stablehlo.reshape"(%260) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %262 = "stablehlo.broadcast_in_dim"(%261) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %263 = "stablehlo.divide"(%259, %262) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %264 = "stablehlo.dot_general"(%263, %arg7) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x48xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x32xf32>
    %265 = "stablehlo.transpose"(%264) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %266 = "stablehlo.reshape"(%265) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %267 = "stablehlo.reshape"(%266) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n268_wx = "stablehlo.dot_general"(%arg40, %267) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n268_kept = "stablehlo.optimization_barrier"(%n268_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %268 = "stablehlo.transpose"(%n268_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %269 = "stablehlo.reshape"(%268) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %270 = "stablehlo.add"(%230, %269) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %272 = "stablehlo.multiply"(%270, %270) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n273_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %273 = "stablehlo.reduce"(%272, %n273_init) ({
    ^bb0(%n273_a: tensor<f32>, %n273_b: tensor<f32>):
      %n273_r = "stablehlo.add"(%n273_a, %n273_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n273_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %274 = "stablehlo.reshape"(%273) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %275 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %276 = "stablehlo.broadcast_in_dim"(%275) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %277 = "stablehlo.multiply"(%274, %276) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %278 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %279 = "stablehlo.broadcast_in_dim"(%278) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %280 = "stablehlo.add"(%277, %279) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %281 = "stablehlo.rsqrt"(%280) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %282 = "stablehlo.broadcast_in_dim"(%281) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %283 = "stablehlo.multiply"(%270, %282) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %284 = "stablehlo.broadcast_in_dim"(%arg41) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %285 = "stablehlo.multiply"(%283, %284) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %288 = "stablehlo.reshape"(%285) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n289_wx = "stablehlo.dot_general"(%arg43, %288) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<512x128xf32>, tensor<64x128xf32>) -> tensor<512x64xf32>
    %n289_kept = "stablehlo.optimization_barrier"(%n289_wx) : (tensor<512x64xf32>) -> tensor<512x64xf32>
    %289 = "stablehlo.transpose"(%n289_kept) {permutation = array<i64: 1, 0>} : (tensor<512x64xf32>) -> tensor<64x512xf32>
    %290 = "stablehlo.reshape"(%289) : (tensor<64x512xf32>) -> tensor<64x1x512xf32>
    %291 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %292 = "stablehlo.broadcast_in_dim"(%291) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x512xf32>
    %293 = "stablehlo.maximum"(%290, %292) : (tensor<64x1x512xf32>, tensor<64x1x512xf32>) -> tensor<64x1x512xf32>
    %294 = "stablehlo.reshape"(%293) : (tensor<64x1x512xf32>) -> tensor<64x512xf32>
    %n295_wx = "stablehlo.dot_general"(%arg42, %294) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x512xf32>, tensor<64x512xf32>) -> tensor<128x64xf32>
    %n295_kept = "stablehlo.optimization_barrier"(%n295_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %295 = "stablehlo.transpose"(%n295_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %296 = "stablehlo.reshape"(%295) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %297 = "stablehlo.add"(%270, %296) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %299 = "stablehlo.multiply"(%297, %297) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n300_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %300 = "stablehlo.reduce"(%299, %n300_init) ({
    ^bb0(%n300_a: tensor<f32>, %n300_b: tensor<f32>):
      %n300_r = "stablehlo.add"(%n300_a, %n300_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n300_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %301 = "stablehlo.reshape"(%300) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %302 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %303 = "stablehlo.broadcast_in_dim"(%302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %304 = "stablehlo.multiply"(%301, %303) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %305 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %306 = "stablehlo.broadcast_in_dim"(%305) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %307 = "stablehlo.add"(%304, %306) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %308 = "stablehlo.rsqrt"(%307) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %309 = "stablehlo.broadcast_in_dim"(%308) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %310 = "stablehlo.multiply"(%297, %309) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %311 = "stablehlo.broadcast_in_dim"(%arg44) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %312 = "stablehlo.multiply"(%310, %311) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %317 = "stablehlo.reshape"(%312) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n318_wx = "stablehlo.dot_general"(%arg46, %317) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n318_kept = "stablehlo.optimization_barrier"(%n318_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %318 = "stablehlo.transpose"(%n318_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %319 = "stablehlo.reshape"(%318) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %320 = "stablehlo.reshape"(%319) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %321 = "stablehlo.reshape"(%arg16) : (tensor<64x2x4x32xf32>) -> tensor<64x256xf32>
    %322 = "stablehlo.gather"(%321, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 256>} : (tensor<64x256xf32>, tensor<64xi32>) -> tensor<64x256xf32>
    %323 = "stablehlo.reshape"(%322) : (tensor<64x256xf32>) -> tensor<64x2x4x32xf32>
    %324 = "stablehlo.dynamic_update_slice"(%323, %320, %47, %arg1, %47, %47) : (tensor<64x2x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x2x4x32xf32>
    %325 = "stablehlo.reshape"(%312) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n326_wx = "stablehlo.dot_general"(%arg47, %325) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n326_kept = "stablehlo.optimization_barrier"(%n326_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %326 = "stablehlo.transpose"(%n326_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %327 = "stablehlo.reshape"(%326) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %328 = "stablehlo.reshape"(%327) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %329 = "stablehlo.reshape"(%arg17) : (tensor<64x2x4x32xf32>) -> tensor<64x256xf32>
    %330 = "stablehlo.gather"(%329, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 256>} : (tensor<64x256xf32>, tensor<64xi32>) -> tensor<64x256xf32>
    %331 = "stablehlo.reshape"(%330) : (tensor<64x256xf32>) -> tensor<64x2x4x32xf32>
    %332 = "stablehlo.dynamic_update_slice"(%331, %328, %47, %arg1, %47, %47) : (tensor<64x2x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x2x4x32xf32>
    %333 = "stablehlo.reshape"(%312) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n334_wx = "stablehlo.dot_general"(%arg45, %333) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n334_kept = "stablehlo.optimization_barrier"(%n334_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %334 = "stablehlo.transpose"(%n334_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %335 = "stablehlo.reshape"(%334) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %336 = "stablehlo.reshape"(%335) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %337 = "stablehlo.dot_general"(%336, %324) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x2x4x32xf32>) -> tensor<64x4x1x2xf32>
    %338 = "stablehlo.broadcast_in_dim"(%38) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %339 = "stablehlo.add"(%337, %338) : (tensor<64x4x1x2xf32>, tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %n340_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %340 = "stablehlo.reduce"(%339, %n340_init) ({
    ^bb0(%n340_a: tensor<f32>, %n340_b: tensor<f32>):
      %n340_r = "stablehlo.maximum"(%n340_a, %n340_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n340_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x2xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %341 = "stablehlo.reshape"(%340) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %342 = "stablehlo.broadcast_in_dim"(%341) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x2xf32>
    %343 = "stablehlo.subtract"(%339, %342) : (tensor<64x4x1x2xf32>, tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %344 = "stablehlo.exponential"(%343) : (tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %n345_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %345 = "stablehlo.reduce"(%344, %n345_init) ({
    ^bb0(%n345_a: tensor<f32>, %n345_b: tensor<f32>):
      %n345_r = "stablehlo.add"(%n345_a, %n345_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n345_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x2xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %346 = "stablehlo.reshape"(%345) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %347 = "stablehlo.broadcast_in_dim"(%346) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x2xf32>
    %348 = "stablehlo.divide"(%344, %347) : (tensor<64x4x1x2xf32>, tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %349 = "stablehlo.dot_general"(%348, %332) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x2xf32>, tensor<64x2x4x32xf32>) -> tensor<64x4x1x32xf32>
    %350 = "stablehlo.transpose"(%349) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %351 = "stablehlo.reshape"(%350) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %352 = "stablehlo.reshape"(%351) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n353_wx = "stablehlo.dot_general"(%arg48, %352) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n353_kept = "stablehlo.optimization_barrier"(%n353_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %353 = "stablehlo.transpose"(%n353_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %354 = "stablehlo.reshape"(%353) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %355 = "stablehlo.add"(%297, %354) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %357 = "stablehlo.multiply"(%355, %355) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n358_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %358 = "stablehlo.reduce"(%357, %n358_init) ({
    ^bb0(%n358_a: tensor<f32>, %n358_b: tensor<f32>):
      %n358_r = "stablehlo.add"(%n358_a, %n358_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n358_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %359 = "stablehlo.reshape"(%358) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %360 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %361 = "stablehlo.broadcast_in_dim"(%360) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %362 = "stablehlo.multiply"(%359, %361) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %363 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %364 = "stablehlo.broadcast_in_dim"(%363) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %365 = "stablehlo.add"(%362, %364) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %366 = "stablehlo.rsqrt"(%365) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %367 = "stablehlo.broadcast_in_dim"(%366) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %368 = "stablehlo.multiply"(%355, %367) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %369 = "stablehlo.broadcast_in_dim"(%arg49) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %370 = "stablehlo.multiply"(%368, %369) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %373 = "stablehlo.reshape"(%370) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n374_wx = "stablehlo.dot_general"(%arg50, %373) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n374_kept = "stablehlo.optimization_barrier"(%n374_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %374 = "stablehlo.transpose"(%n374_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %375 = "stablehlo.reshape"(%374) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %376 = "stablehlo.reshape"(%375) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %377 = "stablehlo.dot_general"(%376, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x48xf32>
    %378 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x1x1x48xf32>) -> tensor<64x4x1x48xf32>
    %379 = "stablehlo.add"(%377, %378) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n380_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %380 = "stablehlo.reduce"(%379, %n380_init) ({
    ^bb0(%n380_a: tensor<f32>, %n380_b: tensor<f32>):
      %n380_r = "stablehlo.maximum"(%n380_a, %n380_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n380_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %381 = "stablehlo.reshape"(%380) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %382 = "stablehlo.broadcast_in_dim"(%381) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %383 = "stablehlo.subtract"(%379, %382) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %384 = "stablehlo.exponential"(%383) : (tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n385_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %385 = "stablehlo.reduce"(%384, %n385_init) ({
    ^bb0(%n385_a: tensor<f32>, %n385_b: tensor<f32>):
      %n385_r = "stablehlo.add"(%n385_a, %n385_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n385_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %386 = "stablehlo.reshape"(%385) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %387 = "stablehlo.broadcast_in_dim"(%386) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %388 = "stablehlo.divide"(%384, %387) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %389 = "stablehlo.dot_general"(%388, %arg9) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x48xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x32xf32>
    %390 = "stablehlo.transpose"(%389) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %391 = "stablehlo.reshape"(%390) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %392 = "stablehlo.reshape"(%391) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n393_wx = "stablehlo.dot_general"(%arg51, %392) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n393_kept = "stablehlo.optimization_barrier"(%n393_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %393 = "stablehlo.transpose"(%n393_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %394 = "stablehlo.reshape"(%393) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %395 = "stablehlo.add"(%355, %394) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %397 = "stablehlo.multiply"(%395, %395) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n398_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %398 = "stablehlo.reduce"(%397, %n398_init) ({
    ^bb0(%n398_a: tensor<f32>, %n398_b: tensor<f32>):
      %n398_r = "stablehlo.add"(%n398_a, %n398_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n398_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %399 = "stablehlo.reshape"(%398) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %400 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %401 = "stablehlo.broadcast_in_dim"(%400) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %402 = "stablehlo.multiply"(%399, %401) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %403 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %404 = "stablehlo.broadcast_in_dim"(%403) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %405 = "stablehlo.add"(%402, %404) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %406 = "stablehlo.rsqrt"(%405) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %407 = "stablehlo.broadcast_in_dim"(%406) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %408 = "stablehlo.multiply"(%395, %407) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %409 = "stablehlo.broadcast_in_dim"(%arg52) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %410 = "stablehlo.multiply"(%408, %409) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %413 = "stablehlo.reshape"(%410) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n414_wx = "stablehlo.dot_general"(%arg54, %413) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<512x128xf32>, tensor<64x128xf32>) -> tensor<512x64xf32>
    %n414_kept = "stablehlo.optimization_barrier"(%n414_wx) : (tensor<512x64xf32>) -> tensor<512x64xf32>
    %414 = "stablehlo.transpose"(%n414_kept) {permutation = array<i64: 1, 0>} : (tensor<512x64xf32>) -> tensor<64x512xf32>
    %415 = "stablehlo.reshape"(%414) : (tensor<64x512xf32>) -> tensor<64x1x512xf32>
    %416 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %417 = "stablehlo.broadcast_in_dim"(%416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x512xf32>
    %418 = "stablehlo.maximum"(%415, %417) : (tensor<64x1x512xf32>, tensor<64x1x512xf32>) -> tensor<64x1x512xf32>
    %419 = "stablehlo.reshape"(%418) : (tensor<64x1x512xf32>) -> tensor<64x512xf32>
    %n420_wx = "stablehlo.dot_general"(%arg53, %419) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x512xf32>, tensor<64x512xf32>) -> tensor<128x64xf32>
    %n420_kept = "stablehlo.optimization_barrier"(%n420_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %420 = "stablehlo.transpose"(%n420_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %421 = "stablehlo.reshape"(%420) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %422 = "stablehlo.add"(%395, %421) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %424 = "stablehlo.multiply"(%422, %422) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n425_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %425 = "stablehlo.reduce"(%424, %n425_init) ({
    ^bb0(%n425_a: tensor<f32>, %n425_b: tensor<f32>):
      %n425_r = "stablehlo.add"(%n425_a, %n425_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n425_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %426 = "stablehlo.reshape"(%425) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %427 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %428 = "stablehlo.broadcast_in_dim"(%427) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %429 = "stablehlo.multiply"(%426, %428) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %430 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %431 = "stablehlo.broadcast_in_dim"(%430) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %432 = "stablehlo.add"(%429, %431) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %433 = "stablehlo.rsqrt"(%432) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %434 = "stablehlo.broadcast_in_dim"(%433) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %435 = "stablehlo.multiply"(%422, %434) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %436 = "stablehlo.broadcast_in_dim"(%arg55) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %437 = "stablehlo.multiply"(%435, %436) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %442 = "stablehlo.reshape"(%437) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n443_wx = "stablehlo.dot_general"(%arg57, %442) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n443_kept = "stablehlo.optimization_barrier"(%n443_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %443 = "stablehlo.transpose"(%n443_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %444 = "stablehlo.reshape"(%443) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %445 = "stablehlo.reshape"(%444) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %446 = "stablehlo.reshape"(%arg18) : (tensor<64x2x4x32xf32>) -> tensor<64x256xf32>
    %447 = "stablehlo.gather"(%446, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 256>} : (tensor<64x256xf32>, tensor<64xi32>) -> tensor<64x256xf32>
    %448 = "stablehlo.reshape"(%447) : (tensor<64x256xf32>) -> tensor<64x2x4x32xf32>
    %449 = "stablehlo.dynamic_update_slice"(%448, %445, %47, %arg1, %47, %47) : (tensor<64x2x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x2x4x32xf32>
    %450 = "stablehlo.reshape"(%437) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n451_wx = "stablehlo.dot_general"(%arg58, %450) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n451_kept = "stablehlo.optimization_barrier"(%n451_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %451 = "stablehlo.transpose"(%n451_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %452 = "stablehlo.reshape"(%451) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %453 = "stablehlo.reshape"(%452) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %454 = "stablehlo.reshape"(%arg19) : (tensor<64x2x4x32xf32>) -> tensor<64x256xf32>
    %455 = "stablehlo.gather"(%454, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 256>} : (tensor<64x256xf32>, tensor<64xi32>) -> tensor<64x256xf32>
    %456 = "stablehlo.reshape"(%455) : (tensor<64x256xf32>) -> tensor<64x2x4x32xf32>
    %457 = "stablehlo.dynamic_update_slice"(%456, %453, %47, %arg1, %47, %47) : (tensor<64x2x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x2x4x32xf32>
    %458 = "stablehlo.reshape"(%437) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n459_wx = "stablehlo.dot_general"(%arg56, %458) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n459_kept = "stablehlo.optimization_barrier"(%n459_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %459 = "stablehlo.transpose"(%n459_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %460 = "stablehlo.reshape"(%459) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %461 = "stablehlo.reshape"(%460) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %462 = "stablehlo.dot_general"(%461, %449) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x2x4x32xf32>) -> tensor<64x4x1x2xf32>
    %463 = "stablehlo.broadcast_in_dim"(%38) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %464 = "stablehlo.add"(%462, %463) : (tensor<64x4x1x2xf32>, tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %n465_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %465 = "stablehlo.reduce"(%464, %n465_init) ({
    ^bb0(%n465_a: tensor<f32>, %n465_b: tensor<f32>):
      %n465_r = "stablehlo.maximum"(%n465_a, %n465_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n465_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x2xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %466 = "stablehlo.reshape"(%465) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %467 = "stablehlo.broadcast_in_dim"(%466) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x2xf32>
    %468 = "stablehlo.subtract"(%464, %467) : (tensor<64x4x1x2xf32>, tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %469 = "stablehlo.exponential"(%468) : (tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %n470_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %470 = "stablehlo.reduce"(%469, %n470_init) ({
    ^bb0(%n470_a: tensor<f32>, %n470_b: tensor<f32>):
      %n470_r = "stablehlo.add"(%n470_a, %n470_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n470_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x2xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %471 = "stablehlo.reshape"(%470) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %472 = "stablehlo.broadcast_in_dim"(%471) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x2xf32>
    %473 = "stablehlo.divide"(%469, %472) : (tensor<64x4x1x2xf32>, tensor<64x4x1x2xf32>) -> tensor<64x4x1x2xf32>
    %474 = "stablehlo.dot_general"(%473, %457) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x2xf32>, tensor<64x2x4x32xf32>) -> tensor<64x4x1x32xf32>
    %475 = "stablehlo.transpose"(%474) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %476 = "stablehlo.reshape"(%475) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %477 = "stablehlo.reshape"(%476) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n478_wx = "stablehlo.dot_general"(%arg59, %477) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n478_kept = "stablehlo.optimization_barrier"(%n478_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %478 = "stablehlo.transpose"(%n478_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %479 = "stablehlo.reshape"(%478) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %480 = "stablehlo.add"(%422, %479) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %482 = "stablehlo.multiply"(%480, %480) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n483_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %483 = "stablehlo.reduce"(%482, %n483_init) ({
    ^bb0(%n483_a: tensor<f32>, %n483_b: tensor<f32>):
      %n483_r = "stablehlo.add"(%n483_a, %n483_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n483_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %484 = "stablehlo.reshape"(%483) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %485 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %486 = "stablehlo.broadcast_in_dim"(%485) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %487 = "stablehlo.multiply"(%484, %486) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %488 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %489 = "stablehlo.broadcast_in_dim"(%488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %490 = "stablehlo.add"(%487, %489) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %491 = "stablehlo.rsqrt"(%490) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %492 = "stablehlo.broadcast_in_dim"(%491) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %493 = "stablehlo.multiply"(%480, %492) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %494 = "stablehlo.broadcast_in_dim"(%arg60) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %495 = "stablehlo.multiply"(%493, %494) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %498 = "stablehlo.reshape"(%495) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n499_wx = "stablehlo.dot_general"(%arg61, %498) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n499_kept = "stablehlo.optimization_barrier"(%n499_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %499 = "stablehlo.transpose"(%n499_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %500 = "stablehlo.reshape"(%499) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %501 = "stablehlo.reshape"(%500) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %502 = "stablehlo.dot_general"(%501, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x48xf32>
    %503 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x1x1x48xf32>) -> tensor<64x4x1x48xf32>
    %504 = "stablehlo.add"(%502, %503) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n505_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %505 = "stablehlo.reduce"(%504, %n505_init) ({
    ^bb0(%n505_a: tensor<f32>, %n505_b: tensor<f32>):
      %n505_r = "stablehlo.maximum"(%n505_a, %n505_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n505_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %506 = "stablehlo.reshape"(%505) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %507 = "stablehlo.broadcast_in_dim"(%506) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %508 = "stablehlo.subtract"(%504, %507) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %509 = "stablehlo.exponential"(%508) : (tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n510_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %510 = "stablehlo.reduce"(%509, %n510_init) ({
    ^bb0(%n510_a: tensor<f32>, %n510_b: tensor<f32>):
      %n510_r = "stablehlo.add"(%n510_a, %n510_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n510_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %511 = "stablehlo.reshape"(%510) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %512 = "stablehlo.broadcast_in_dim"(%511) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %513 = "stablehlo.divide"(%509, %512) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %514 = "stablehlo.dot_general"(%513, %arg11) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x48xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x32xf32>
    %515 = "stablehlo.transpose"(%514) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %516 = "stablehlo.reshape"(%515) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %517 = "stablehlo.reshape"(%516) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n518_wx = "stablehlo.dot_general"(%arg62, %517) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x128xf32>, tensor<64x128xf32>) -> tensor<128x64xf32>
    %n518_kept = "stablehlo.optimization_barrier"(%n518_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %518 = "stablehlo.transpose"(%n518_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %519 = "stablehlo.reshape"(%518) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %520 = "stablehlo.add"(%480, %519) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %522 = "stablehlo.multiply"(%520, %520) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n523_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %523 = "stablehlo.reduce"(%522, %n523_init) ({
    ^bb0(%n523_a: tensor<f32>, %n523_b: tensor<f32>):
      %n523_r = "stablehlo.add"(%n523_a, %n523_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n523_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %524 = "stablehlo.reshape"(%523) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %525 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %526 = "stablehlo.broadcast_in_dim"(%525) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %527 = "stablehlo.multiply"(%524, %526) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %528 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %529 = "stablehlo.broadcast_in_dim"(%528) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %530 = "stablehlo.add"(%527, %529) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %531 = "stablehlo.rsqrt"(%530) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %532 = "stablehlo.broadcast_in_dim"(%531) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %533 = "stablehlo.multiply"(%520, %532) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %534 = "stablehlo.broadcast_in_dim"(%arg63) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %535 = "stablehlo.multiply"(%533, %534) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %538 = "stablehlo.reshape"(%535) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %n539_wx = "stablehlo.dot_general"(%arg65, %538) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<512x128xf32>, tensor<64x128xf32>) -> tensor<512x64xf32>
    %n539_kept = "stablehlo.optimization_barrier"(%n539_wx) : (tensor<512x64xf32>) -> tensor<512x64xf32>
    %539 = "stablehlo.transpose"(%n539_kept) {permutation = array<i64: 1, 0>} : (tensor<512x64xf32>) -> tensor<64x512xf32>
    %540 = "stablehlo.reshape"(%539) : (tensor<64x512xf32>) -> tensor<64x1x512xf32>
    %541 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %542 = "stablehlo.broadcast_in_dim"(%541) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x512xf32>
    %543 = "stablehlo.maximum"(%540, %542) : (tensor<64x1x512xf32>, tensor<64x1x512xf32>) -> tensor<64x1x512xf32>
    %544 = "stablehlo.reshape"(%543) : (tensor<64x1x512xf32>) -> tensor<64x512xf32>
    %n545_wx = "stablehlo.dot_general"(%arg64, %544) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x512xf32>, tensor<64x512xf32>) -> tensor<128x64xf32>
    %n545_kept = "stablehlo.optimization_barrier"(%n545_wx) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %545 = "stablehlo.transpose"(%n545_kept) {permutation = array<i64: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %546 = "stablehlo.reshape"(%545) : (tensor<64x128xf32>) -> tensor<64x1x128xf32>
    %547 = "stablehlo.add"(%520, %546) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %549 = "stablehlo.multiply"(%547, %547) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n550_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %550 = "stablehlo.reduce"(%549, %n550_init) ({
    ^bb0(%n550_a: tensor<f32>, %n550_b: tensor<f32>):
      %n550_r = "stablehlo.add"(%n550_a, %n550_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n550_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %551 = "stablehlo.reshape"(%550) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %552 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %553 = "stablehlo.broadcast_in_dim"(%552) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %554 = "stablehlo.multiply"(%551, %553) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %555 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %556 = "stablehlo.broadcast_in_dim"(%555) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %557 = "stablehlo.add"(%554, %556) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %558 = "stablehlo.rsqrt"(%557) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %559 = "stablehlo.broadcast_in_dim"(%558) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %560 = "stablehlo.multiply"(%547, %559) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %561 = "stablehlo.broadcast_in_dim"(%arg66) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %562 = "stablehlo.multiply"(%560, %561) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %563 = stablehlo.constant dense<0x3DB504F3> : tensor<f32>
    %564 = "stablehlo.broadcast_in_dim"(%563) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x128xf32>
    %565 = "stablehlo.multiply"(%562, %564) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %566 = "stablehlo.reshape"(%565) : (tensor<64x1x128xf32>) -> tensor<64x128xf32>
    %567 = "stablehlo.dot_general"(%arg20, %566) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<32128x128xf32>, tensor<64x128xf32>) -> tensor<32128x64xf32>
    %n568_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %568 = "stablehlo.reduce"(%567, %n568_init) ({
    ^bb0(%n568_a: tensor<f32>, %n568_b: tensor<f32>):
      %n568_r = "stablehlo.maximum"(%n568_a, %n568_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n568_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x64xf32>, tensor<f32>) -> tensor<64xf32>
    %569 = "stablehlo.reshape"(%568) : (tensor<64xf32>) -> tensor<1x64xf32>
    %570 = "stablehlo.broadcast_in_dim"(%569) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x64xf32>) -> tensor<32128x64xf32>
    %571 = "stablehlo.subtract"(%567, %570) : (tensor<32128x64xf32>, tensor<32128x64xf32>) -> tensor<32128x64xf32>
    %572 = "stablehlo.exponential"(%571) : (tensor<32128x64xf32>) -> tensor<32128x64xf32>
    %n573_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %573 = "stablehlo.reduce"(%572, %n573_init) ({
    ^bb0(%n573_a: tensor<f32>, %n573_b: tensor<f32>):
      %n573_r = "stablehlo.add"(%n573_a, %n573_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n573_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x64xf32>, tensor<f32>) -> tensor<64xf32>
    %574 = "stablehlo.reshape"(%573) : (tensor<64xf32>) -> tensor<1x64xf32>
    %575 = "stablehlo.log"(%574) : (tensor<1x64xf32>) -> tensor<1x64xf32>
    %576 = "stablehlo.broadcast_in_dim"(%575) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x64xf32>) -> tensor<32128x64xf32>
    %577 = "stablehlo.subtract"(%571, %576) : (tensor<32128x64xf32>, tensor<32128x64xf32>) -> tensor<32128x64xf32>
    %n578_iota = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<32128x64xi32>
    %n578_vinit = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %n578_iinit = stablehlo.constant dense<0> : tensor<i32>
    %n578_value, %578 = "stablehlo.reduce"(%577, %n578_iota, %n578_vinit, %n578_iinit) ({
^bb0(%n578_av: tensor<f32>, %n578_ai: tensor<i32>, %n578_bv: tensor<f32>, %n578_bi: tensor<i32>):
      %n578_gt = "stablehlo.compare"(%n578_av, %n578_bv) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %n578_eq = "stablehlo.compare"(%n578_av, %n578_bv) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %n578_lt = "stablehlo.compare"(%n578_ai, %n578_bi) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %n578_tie = "stablehlo.and"(%n578_eq, %n578_lt) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %n578_take = "stablehlo.or"(%n578_gt, %n578_tie) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %n578_v = "stablehlo.select"(%n578_take, %n578_av, %n578_bv) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %n578_i = "stablehlo.select"(%n578_take, %n578_ai, %n578_bi) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%n578_v, %n578_i) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x64xf32>, tensor<32128x64xi32>, tensor<f32>, tensor<i32>) -> (tensor<64xf32>, tensor<64xi32>)
    %n579_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %579 = "stablehlo.reduce"(%577, %n579_init) ({
    ^bb0(%n579_a: tensor<f32>, %n579_b: tensor<f32>):
      %n579_r = "stablehlo.maximum"(%n579_a, %n579_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n579_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32128x64xf32>, tensor<f32>) -> tensor<64xf32>
    return %578, %579, %74, %82, %199, %207, %324, %332, %449, %457 : tensor<64xi32>, tensor<64xf32>, tensor<64x2x4x32xf32>, tensor<64x2x4x32xf32>, tensor<64x2x4x32xf32>, tensor<64x2x4x32xf32>, tensor<64x2x4x32xf32>, tensor<64x2x4x32xf32>, tensor<64x2x4x32xf32>, tensor<64x2x4x32xf32>
  }
}
