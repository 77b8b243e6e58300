module @trec_decode_step attributes {mhlo.num_replicas = 1 : i32, mhlo.num_partitions = 1 : i32} {
  func.func public @main(%arg0: tensor<64x1xi32>, %arg1: tensor<i32>, %arg2: tensor<64xi32>, %arg3: tensor<64x48xi32>, %arg4: tensor<64x48x4x32xf32>, %arg5: tensor<64x48x4x32xf32>, %arg6: tensor<64x48x4x32xf32>, %arg7: tensor<64x48x4x32xf32>, %arg8: tensor<64x48x4x32xf32>, %arg9: tensor<64x48x4x32xf32>, %arg10: tensor<64x48x4x32xf32>, %arg11: tensor<64x48x4x32xf32>, %arg12: tensor<64x3x4x32xf32> {tf.aliasing_output = 2 : i32}, %arg13: tensor<64x3x4x32xf32> {tf.aliasing_output = 3 : i32}, %arg14: tensor<64x3x4x32xf32> {tf.aliasing_output = 4 : i32}, %arg15: tensor<64x3x4x32xf32> {tf.aliasing_output = 5 : i32}, %arg16: tensor<64x3x4x32xf32> {tf.aliasing_output = 6 : i32}, %arg17: tensor<64x3x4x32xf32> {tf.aliasing_output = 7 : i32}, %arg18: tensor<64x3x4x32xf32> {tf.aliasing_output = 8 : i32}, %arg19: tensor<64x3x4x32xf32> {tf.aliasing_output = 9 : i32}, %arg20: tensor<32128x128xf32>, %arg21: tensor<32x4xf32>, %arg22: tensor<128xf32>, %arg23: tensor<128x128xf32>, %arg24: tensor<128x128xf32>, %arg25: tensor<128x128xf32>, %arg26: tensor<128x128xf32>, %arg27: tensor<128xf32>, %arg28: tensor<128x128xf32>, %arg29: tensor<128x128xf32>, %arg30: tensor<128xf32>, %arg31: tensor<128x512xf32>, %arg32: tensor<512x128xf32>, %arg33: tensor<128xf32>, %arg34: tensor<128x128xf32>, %arg35: tensor<128x128xf32>, %arg36: tensor<128x128xf32>, %arg37: tensor<128x128xf32>, %arg38: tensor<128xf32>, %arg39: tensor<128x128xf32>, %arg40: tensor<128x128xf32>, %arg41: tensor<128xf32>, %arg42: tensor<128x512xf32>, %arg43: tensor<512x128xf32>, %arg44: tensor<128xf32>, %arg45: tensor<128x128xf32>, %arg46: tensor<128x128xf32>, %arg47: tensor<128x128xf32>, %arg48: tensor<128x128xf32>, %arg49: tensor<128xf32>, %arg50: tensor<128x128xf32>, %arg51: tensor<128x128xf32>, %arg52: tensor<128xf32>, %arg53: tensor<128x512xf32>, %arg54: tensor<512x128xf32>, %arg55: tensor<128xf32>, %arg56: tensor<128x128xf32>, %arg57: tensor<128x128xf32>, %arg58: tensor<128x128xf32>, %arg59: tensor<128x128xf32>, %arg60: tensor<128xf32>, %arg61: tensor<128x128xf32>, %arg62: tensor<128x128xf32>, %arg63: tensor<128xf32>, %arg64: tensor<128x512xf32>, %arg65: tensor<512x128xf32>, %arg66: tensor<128xf32>) -> (tensor<64xi32>, tensor<64xf32>, tensor<64x3x4x32xf32>, tensor<64x3x4x32xf32>, tensor<64x3x4x32xf32>, tensor<64x3x4x32xf32>, tensor<64x3x4x32xf32>, tensor<64x3x4x32xf32>, tensor<64x3x4x32xf32>, tensor<64x3x4x32xf32>) {
    %21 = "stablehlo.gather"(%arg20, %arg0) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 128>} : (tensor<32128x128xf32>, tensor<64x1xi32>) -> tensor<64x1x128xf32>
    %23 = stablehlo.constant dense<"0x000000000000000000000000010000000000000000000000020000000100000000000000"> : tensor<3x3xi32>
    %24 = stablehlo.constant dense<0> : tensor<i32>
    %25 = "stablehlo.dynamic_slice"(%23, %arg1, %24) {slice_sizes = array<i64: 1, 3>} : (tensor<3x3xi32>, tensor<i32>, tensor<i32>) -> tensor<1x3xi32>
    %26 = "stablehlo.gather"(%arg21, %25) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 4>} : (tensor<32x4xf32>, tensor<1x3xi32>) -> tensor<1x3x4xf32>
    %27 = "stablehlo.transpose"(%26) {permutation = array<i64: 2, 0, 1>} : (tensor<1x3x4xf32>) -> tensor<4x1x3xf32>
    %28 = "stablehlo.reshape"(%27) : (tensor<4x1x3xf32>) -> tensor<1x4x1x3xf32>
    %29 = "stablehlo.iota"() {iota_dimension = 3 : i64} : () -> tensor<1x1x1x3xi32>
    %30 = "stablehlo.reshape"(%arg1) : (tensor<i32>) -> tensor<1x1x1x1xi32>
    %31 = "stablehlo.broadcast_in_dim"(%30) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x1xi32>) -> tensor<1x1x1x3xi32>
    %32 = "stablehlo.compare"(%29, %31) {comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<1x1x1x3xi32>, tensor<1x1x1x3xi32>) -> tensor<1x1x1x3xi1>
    %33 = stablehlo.constant dense<0x00000000> : tensor<1x1x1x3xf32>
    %34 = stablehlo.constant dense<0xFF7FFFFF> : tensor<f32>
    %35 = "stablehlo.broadcast_in_dim"(%34) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x1x3xf32>
    %36 = "stablehlo.select"(%32, %33, %35) : (tensor<1x1x1x3xi1>, tensor<1x1x1x3xf32>, tensor<1x1x1x3xf32>) -> tensor<1x1x1x3xf32>
    %37 = "stablehlo.broadcast_in_dim"(%36) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x1x3xf32>) -> tensor<1x4x1x3xf32>
    %38 = "stablehlo.add"(%28, %37) : (tensor<1x4x1x3xf32>, tensor<1x4x1x3xf32>) -> tensor<1x4x1x3xf32>
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
    %67 = "stablehlo.dot_general"(%62, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %68 = "stablehlo.reshape"(%67) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %69 = "stablehlo.reshape"(%arg12) : (tensor<64x3x4x32xf32>) -> tensor<64x384xf32>
    %70 = "stablehlo.gather"(%69, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 384>} : (tensor<64x384xf32>, tensor<64xi32>) -> tensor<64x384xf32>
    %71 = "stablehlo.reshape"(%70) : (tensor<64x384xf32>) -> tensor<64x3x4x32xf32>
    %72 = "stablehlo.dynamic_update_slice"(%71, %68, %47, %arg1, %47, %47) : (tensor<64x3x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x3x4x32xf32>
    %73 = "stablehlo.dot_general"(%62, %arg25) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %74 = "stablehlo.reshape"(%73) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %75 = "stablehlo.reshape"(%arg13) : (tensor<64x3x4x32xf32>) -> tensor<64x384xf32>
    %76 = "stablehlo.gather"(%75, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 384>} : (tensor<64x384xf32>, tensor<64xi32>) -> tensor<64x384xf32>
    %77 = "stablehlo.reshape"(%76) : (tensor<64x384xf32>) -> tensor<64x3x4x32xf32>
    %78 = "stablehlo.dynamic_update_slice"(%77, %74, %47, %arg1, %47, %47) : (tensor<64x3x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x3x4x32xf32>
    %79 = "stablehlo.dot_general"(%62, %arg23) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %80 = "stablehlo.reshape"(%79) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %81 = "stablehlo.dot_general"(%80, %72) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x3x4x32xf32>) -> tensor<64x4x1x3xf32>
    %82 = "stablehlo.broadcast_in_dim"(%38) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %83 = "stablehlo.add"(%81, %82) : (tensor<64x4x1x3xf32>, tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %n84_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %84 = "stablehlo.reduce"(%83, %n84_init) ({
    ^bb0(%n84_a: tensor<f32>, %n84_b: tensor<f32>):
      %n84_r = "stablehlo.maximum"(%n84_a, %n84_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n84_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x3xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %85 = "stablehlo.reshape"(%84) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %86 = "stablehlo.broadcast_in_dim"(%85) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x3xf32>
    %87 = "stablehlo.subtract"(%83, %86) : (tensor<64x4x1x3xf32>, tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %88 = "stablehlo.exponential"(%87) : (tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %n89_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %89 = "stablehlo.reduce"(%88, %n89_init) ({
    ^bb0(%n89_a: tensor<f32>, %n89_b: tensor<f32>):
      %n89_r = "stablehlo.add"(%n89_a, %n89_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n89_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x3xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %90 = "stablehlo.reshape"(%89) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %91 = "stablehlo.broadcast_in_dim"(%90) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x3xf32>
    %92 = "stablehlo.divide"(%88, %91) : (tensor<64x4x1x3xf32>, tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %93 = "stablehlo.dot_general"(%92, %78) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x3xf32>, tensor<64x3x4x32xf32>) -> tensor<64x4x1x32xf32>
    %94 = "stablehlo.transpose"(%93) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %95 = "stablehlo.reshape"(%94) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %96 = "stablehlo.dot_general"(%95, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %97 = "stablehlo.add"(%21, %96) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %99 = "stablehlo.multiply"(%97, %97) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n100_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %100 = "stablehlo.reduce"(%99, %n100_init) ({
    ^bb0(%n100_a: tensor<f32>, %n100_b: tensor<f32>):
      %n100_r = "stablehlo.add"(%n100_a, %n100_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n100_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %101 = "stablehlo.reshape"(%100) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %102 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %103 = "stablehlo.broadcast_in_dim"(%102) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %104 = "stablehlo.multiply"(%101, %103) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %105 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %106 = "stablehlo.broadcast_in_dim"(%105) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %107 = "stablehlo.add"(%104, %106) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %108 = "stablehlo.rsqrt"(%107) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %109 = "stablehlo.broadcast_in_dim"(%108) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %110 = "stablehlo.multiply"(%97, %109) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %111 = "stablehlo.broadcast_in_dim"(%arg27) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %112 = "stablehlo.multiply"(%110, %111) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %115 = "stablehlo.dot_general"(%112, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %116 = "stablehlo.reshape"(%115) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %117 = "stablehlo.dot_general"(%116, %arg4) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x48xf32>
    %118 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x1x1x48xf32>) -> tensor<64x4x1x48xf32>
    %119 = "stablehlo.add"(%117, %118) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n120_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %120 = "stablehlo.reduce"(%119, %n120_init) ({
    ^bb0(%n120_a: tensor<f32>, %n120_b: tensor<f32>):
      %n120_r = "stablehlo.maximum"(%n120_a, %n120_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n120_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %121 = "stablehlo.reshape"(%120) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %122 = "stablehlo.broadcast_in_dim"(%121) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %123 = "stablehlo.subtract"(%119, %122) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %124 = "stablehlo.exponential"(%123) : (tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n125_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %125 = "stablehlo.reduce"(%124, %n125_init) ({
    ^bb0(%n125_a: tensor<f32>, %n125_b: tensor<f32>):
      %n125_r = "stablehlo.add"(%n125_a, %n125_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n125_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %126 = "stablehlo.reshape"(%125) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %127 = "stablehlo.broadcast_in_dim"(%126) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %128 = "stablehlo.divide"(%124, %127) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %129 = "stablehlo.dot_general"(%128, %arg5) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x48xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x32xf32>
    %130 = "stablehlo.transpose"(%129) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %131 = "stablehlo.reshape"(%130) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %132 = "stablehlo.dot_general"(%131, %arg29) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %133 = "stablehlo.add"(%97, %132) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %135 = "stablehlo.multiply"(%133, %133) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n136_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %136 = "stablehlo.reduce"(%135, %n136_init) ({
    ^bb0(%n136_a: tensor<f32>, %n136_b: tensor<f32>):
      %n136_r = "stablehlo.add"(%n136_a, %n136_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n136_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %137 = "stablehlo.reshape"(%136) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %138 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %139 = "stablehlo.broadcast_in_dim"(%138) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %140 = "stablehlo.multiply"(%137, %139) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %141 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %142 = "stablehlo.broadcast_in_dim"(%141) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %143 = "stablehlo.add"(%140, %142) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %144 = "stablehlo.rsqrt"(%143) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %145 = "stablehlo.broadcast_in_dim"(%144) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %146 = "stablehlo.multiply"(%133, %145) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %147 = "stablehlo.broadcast_in_dim"(%arg30) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %148 = "stablehlo.multiply"(%146, %147) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %151 = "stablehlo.dot_general"(%148, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<512x128xf32>) -> tensor<64x1x512xf32>
    %152 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %153 = "stablehlo.broadcast_in_dim"(%152) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x512xf32>
    %154 = "stablehlo.maximum"(%151, %153) : (tensor<64x1x512xf32>, tensor<64x1x512xf32>) -> tensor<64x1x512xf32>
    %155 = "stablehlo.dot_general"(%154, %arg31) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x512xf32>, tensor<128x512xf32>) -> tensor<64x1x128xf32>
    %156 = "stablehlo.add"(%133, %155) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %158 = "stablehlo.multiply"(%156, %156) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n159_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %159 = "stablehlo.reduce"(%158, %n159_init) ({
    ^bb0(%n159_a: tensor<f32>, %n159_b: tensor<f32>):
      %n159_r = "stablehlo.add"(%n159_a, %n159_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n159_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %160 = "stablehlo.reshape"(%159) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %161 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %162 = "stablehlo.broadcast_in_dim"(%161) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %163 = "stablehlo.multiply"(%160, %162) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %164 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %165 = "stablehlo.broadcast_in_dim"(%164) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %166 = "stablehlo.add"(%163, %165) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %167 = "stablehlo.rsqrt"(%166) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %168 = "stablehlo.broadcast_in_dim"(%167) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %169 = "stablehlo.multiply"(%156, %168) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %170 = "stablehlo.broadcast_in_dim"(%arg33) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %171 = "stablehlo.multiply"(%169, %170) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %176 = "stablehlo.dot_general"(%171, %arg35) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %177 = "stablehlo.reshape"(%176) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %178 = "stablehlo.reshape"(%arg14) : (tensor<64x3x4x32xf32>) -> tensor<64x384xf32>
    %179 = "stablehlo.gather"(%178, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 384>} : (tensor<64x384xf32>, tensor<64xi32>) -> tensor<64x384xf32>
    %180 = "stablehlo.reshape"(%179) : (tensor<64x384xf32>) -> tensor<64x3x4x32xf32>
    %181 = "stablehlo.dynamic_update_slice"(%180, %177, %47, %arg1, %47, %47) : (tensor<64x3x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x3x4x32xf32>
    %182 = "stablehlo.dot_general"(%171, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %183 = "stablehlo.reshape"(%182) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %184 = "stablehlo.reshape"(%arg15) : (tensor<64x3x4x32xf32>) -> tensor<64x384xf32>
    %185 = "stablehlo.gather"(%184, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 384>} : (tensor<64x384xf32>, tensor<64xi32>) -> tensor<64x384xf32>
    %186 = "stablehlo.reshape"(%185) : (tensor<64x384xf32>) -> tensor<64x3x4x32xf32>
    %187 = "stablehlo.dynamic_update_slice"(%186, %183, %47, %arg1, %47, %47) : (tensor<64x3x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x3x4x32xf32>
    %188 = "stablehlo.dot_general"(%171, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %189 = "stablehlo.reshape"(%188) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %190 = "stablehlo.dot_general"(%189, %181) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x3x4x32xf32>) -> tensor<64x4x1x3xf32>
    %191 = "stablehlo.broadcast_in_dim"(%38) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %192 = "stablehlo.add"(%190, %191) : (tensor<64x4x1x3xf32>, tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %n193_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %193 = "stablehlo.reduce"(%192, %n193_init) ({
    ^bb0(%n193_a: tensor<f32>, %n193_b: tensor<f32>):
      %n193_r = "stablehlo.maximum"(%n193_a, %n193_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n193_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x3xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %194 = "stablehlo.reshape"(%193) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %195 = "stablehlo.broadcast_in_dim"(%194) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x3xf32>
    %196 = "stablehlo.subtract"(%192, %195) : (tensor<64x4x1x3xf32>, tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %197 = "stablehlo.exponential"(%196) : (tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %n198_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %198 = "stablehlo.reduce"(%197, %n198_init) ({
    ^bb0(%n198_a: tensor<f32>, %n198_b: tensor<f32>):
      %n198_r = "stablehlo.add"(%n198_a, %n198_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n198_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x3xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %199 = "stablehlo.reshape"(%198) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %200 = "stablehlo.broadcast_in_dim"(%199) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x3xf32>
    %201 = "stablehlo.divide"(%197, %200) : (tensor<64x4x1x3xf32>, tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %202 = "stablehlo.dot_general"(%201, %187) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x3xf32>, tensor<64x3x4x32xf32>) -> tensor<64x4x1x32xf32>
    %203 = "stablehlo.transpose"(%202) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %204 = "stablehlo.reshape"(%203) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %205 = "stablehlo.dot_general"(%204, %arg37) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %206 = "stablehlo.add"(%156, %205) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %208 = "stablehlo.multiply"(%206, %206) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n209_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %209 = "stablehlo.reduce"(%208, %n209_init) ({
    ^bb0(%n209_a: tensor<f32>, %n209_b: tensor<f32>):
      %n209_r = "stablehlo.add"(%n209_a, %n209_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n209_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %210 = "stablehlo.reshape"(%209) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %211 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %212 = "stablehlo.broadcast_in_dim"(%211) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %213 = "stablehlo.multiply"(%210, %212) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %214 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %215 = "stablehlo.broadcast_in_dim"(%214) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %216 = "stablehlo.add"(%213, %215) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %217 = "stablehlo.rsqrt"(%216) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %218 = "stablehlo.broadcast_in_dim"(%217) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %219 = "stablehlo.multiply"(%206, %218) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %220 = "stablehlo.broadcast_in_dim"(%arg38) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %221 = "stablehlo.multiply"(%219, %220) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %224 = "stablehlo.dot_general"(%221, %arg39) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %225 = "stablehlo.reshape"(%224) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %226 = "stablehlo.dot_general"(%225, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x48xf32>
    %227 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x1x1x48xf32>) -> tensor<64x4x1x48xf32>
    %228 = "stablehlo.add"(%226, %227) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n229_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %229 = "stablehlo.reduce"(%228, %n229_init) ({
    ^bb0(%n229_a: tensor<f32>, %n229_b: tensor<f32>):
      %n229_r = "stablehlo.maximum"(%n229_a, %n229_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n229_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %230 = "stablehlo.reshape"(%229) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %231 = "stablehlo.broadcast_in_dim"(%230) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %232 = "stablehlo.subtract"(%228, %231) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %233 = "stablehlo.exponential"(%232) : (tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n234_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %234 = "stablehlo.reduce"(%233, %n234_init) ({
    ^bb0(%n234_a: tensor<f32>, %n234_b: tensor<f32>):
      %n234_r = "stablehlo.add"(%n234_a, %n234_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n234_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %235 = "stablehlo.reshape"(%234) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %236 = "stablehlo.broadcast_in_dim"(%235) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %237 = "stablehlo.divide"(%233, %236) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %238 = "stablehlo.dot_general"(%237, %arg7) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x48xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x32xf32>
    %239 = "stablehlo.transpose"(%238) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %240 = "stablehlo.reshape"(%239) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %241 = "stablehlo.dot_general"(%240, %arg40) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %242 = "stablehlo.add"(%206, %241) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %244 = "stablehlo.multiply"(%242, %242) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n245_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %245 = "stablehlo.reduce"(%244, %n245_init) ({
    ^bb0(%n245_a: tensor<f32>, %n245_b: tensor<f32>):
      %n245_r = "stablehlo.add"(%n245_a, %n245_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n245_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %246 = "stablehlo.reshape"(%245) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %247 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %248 = "stablehlo.broadcast_in_dim"(%247) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %249 = "stablehlo.multiply"(%246, %248) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %250 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %251 = "stablehlo.broadcast_in_dim"(%250) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %252 = "stablehlo.add"(%249, %251) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %253 = "stablehlo.rsqrt"(%252) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %254 = "stablehlo.broadcast_in_dim"(%253) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %255 = "stablehlo.multiply"(%242, %254) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %256 = "stablehlo.broadcast_in_dim"(%arg41) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %257 = "stablehlo.multiply"(%255, %256) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %260 = "stablehlo.dot_general"(%257, %arg43) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<512x128xf32>) -> tensor<64x1x512xf32>
    %261 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %262 = "stablehlo.broadcast_in_dim"(%261) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x512xf32>
    %263 = "stablehlo.maximum"(%260, %262) : (tensor<64x1x512xf32>, tensor<64x1x512xf32>) -> tensor<64x1x512xf32>
    %264 = "stablehlo.dot_general"(%263, %arg42) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x512xf32>, tensor<128x512xf32>) -> tensor<64x1x128xf32>
    %265 = "stablehlo.add"(%242, %264) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %267 = "stablehlo.multiply"(%265, %265) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n268_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %268 = "stablehlo.reduce"(%267, %n268_init) ({
    ^bb0(%n268_a: tensor<f32>, %n268_b: tensor<f32>):
      %n268_r = "stablehlo.add"(%n268_a, %n268_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n268_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %269 = "stablehlo.reshape"(%268) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %270 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %271 = "stablehlo.broadcast_in_dim"(%270) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %272 = "stablehlo.multiply"(%269, %271) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %273 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %274 = "stablehlo.broadcast_in_dim"(%273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %275 = "stablehlo.add"(%272, %274) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %276 = "stablehlo.rsqrt"(%275) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %277 = "stablehlo.broadcast_in_dim"(%276) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %278 = "stablehlo.multiply"(%265, %277) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %279 = "stablehlo.broadcast_in_dim"(%arg44) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %280 = "stablehlo.multiply"(%278, %279) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %285 = "stablehlo.dot_general"(%280, %arg46) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %286 = "stablehlo.reshape"(%285) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %287 = "stablehlo.reshape"(%arg16) : (tensor<64x3x4x32xf32>) -> tensor<64x384xf32>
    %288 = "stablehlo.gather"(%287, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 384>} : (tensor<64x384xf32>, tensor<64xi32>) -> tensor<64x384xf32>
    %289 = "stablehlo.reshape"(%288) : (tensor<64x384xf32>) -> tensor<64x3x4x32xf32>
    %290 = "stablehlo.dynamic_update_slice"(%289, %286, %47, %arg1, %47, %47) : (tensor<64x3x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x3x4x32xf32>
    %291 = "stablehlo.dot_general"(%280, %arg47) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %292 = "stablehlo.reshape"(%291) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %293 = "stablehlo.reshape"(%arg17) : (tensor<64x3x4x32xf32>) -> tensor<64x384xf32>
    %294 = "stablehlo.gather"(%293, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 384>} : (tensor<64x384xf32>, tensor<64xi32>) -> tensor<64x384xf32>
    %295 = "stablehlo.reshape"(%294) : (tensor<64x384xf32>) -> tensor<64x3x4x32xf32>
    %296 = "stablehlo.dynamic_update_slice"(%295, %292, %47, %arg1, %47, %47) : (tensor<64x3x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x3x4x32xf32>
    %297 = "stablehlo.dot_general"(%280, %arg45) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %298 = "stablehlo.reshape"(%297) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %299 = "stablehlo.dot_general"(%298, %290) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x3x4x32xf32>) -> tensor<64x4x1x3xf32>
    %300 = "stablehlo.broadcast_in_dim"(%38) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %301 = "stablehlo.add"(%299, %300) : (tensor<64x4x1x3xf32>, tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %n302_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %302 = "stablehlo.reduce"(%301, %n302_init) ({
    ^bb0(%n302_a: tensor<f32>, %n302_b: tensor<f32>):
      %n302_r = "stablehlo.maximum"(%n302_a, %n302_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n302_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x3xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %303 = "stablehlo.reshape"(%302) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %304 = "stablehlo.broadcast_in_dim"(%303) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x3xf32>
    %305 = "stablehlo.subtract"(%301, %304) : (tensor<64x4x1x3xf32>, tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %306 = "stablehlo.exponential"(%305) : (tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %n307_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %307 = "stablehlo.reduce"(%306, %n307_init) ({
    ^bb0(%n307_a: tensor<f32>, %n307_b: tensor<f32>):
      %n307_r = "stablehlo.add"(%n307_a, %n307_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n307_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x3xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %308 = "stablehlo.reshape"(%307) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %309 = "stablehlo.broadcast_in_dim"(%308) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x3xf32>
    %310 = "stablehlo.divide"(%306, %309) : (tensor<64x4x1x3xf32>, tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %311 = "stablehlo.dot_general"(%310, %296) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x3xf32>, tensor<64x3x4x32xf32>) -> tensor<64x4x1x32xf32>
    %312 = "stablehlo.transpose"(%311) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %313 = "stablehlo.reshape"(%312) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %314 = "stablehlo.dot_general"(%313, %arg48) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %315 = "stablehlo.add"(%265, %314) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %317 = "stablehlo.multiply"(%315, %315) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n318_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %318 = "stablehlo.reduce"(%317, %n318_init) ({
    ^bb0(%n318_a: tensor<f32>, %n318_b: tensor<f32>):
      %n318_r = "stablehlo.add"(%n318_a, %n318_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n318_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %319 = "stablehlo.reshape"(%318) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %320 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %321 = "stablehlo.broadcast_in_dim"(%320) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %322 = "stablehlo.multiply"(%319, %321) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %323 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %324 = "stablehlo.broadcast_in_dim"(%323) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %325 = "stablehlo.add"(%322, %324) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %326 = "stablehlo.rsqrt"(%325) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %327 = "stablehlo.broadcast_in_dim"(%326) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %328 = "stablehlo.multiply"(%315, %327) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %329 = "stablehlo.broadcast_in_dim"(%arg49) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %330 = "stablehlo.multiply"(%328, %329) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %333 = "stablehlo.dot_general"(%330, %arg50) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %334 = "stablehlo.reshape"(%333) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %335 = "stablehlo.dot_general"(%334, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x48xf32>
    %336 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x1x1x48xf32>) -> tensor<64x4x1x48xf32>
    %337 = "stablehlo.add"(%335, %336) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n338_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %338 = "stablehlo.reduce"(%337, %n338_init) ({
    ^bb0(%n338_a: tensor<f32>, %n338_b: tensor<f32>):
      %n338_r = "stablehlo.maximum"(%n338_a, %n338_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n338_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %339 = "stablehlo.reshape"(%338) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %340 = "stablehlo.broadcast_in_dim"(%339) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %341 = "stablehlo.subtract"(%337, %340) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %342 = "stablehlo.exponential"(%341) : (tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n343_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %343 = "stablehlo.reduce"(%342, %n343_init) ({
    ^bb0(%n343_a: tensor<f32>, %n343_b: tensor<f32>):
      %n343_r = "stablehlo.add"(%n343_a, %n343_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n343_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %344 = "stablehlo.reshape"(%343) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %345 = "stablehlo.broadcast_in_dim"(%344) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %346 = "stablehlo.divide"(%342, %345) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %347 = "stablehlo.dot_general"(%346, %arg9) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x48xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x32xf32>
    %348 = "stablehlo.transpose"(%347) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %349 = "stablehlo.reshape"(%348) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %350 = "stablehlo.dot_general"(%349, %arg51) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %351 = "stablehlo.add"(%315, %350) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %353 = "stablehlo.multiply"(%351, %351) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n354_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %354 = "stablehlo.reduce"(%353, %n354_init) ({
    ^bb0(%n354_a: tensor<f32>, %n354_b: tensor<f32>):
      %n354_r = "stablehlo.add"(%n354_a, %n354_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n354_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %355 = "stablehlo.reshape"(%354) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %356 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %357 = "stablehlo.broadcast_in_dim"(%356) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %358 = "stablehlo.multiply"(%355, %357) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %359 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %360 = "stablehlo.broadcast_in_dim"(%359) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %361 = "stablehlo.add"(%358, %360) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %362 = "stablehlo.rsqrt"(%361) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %363 = "stablehlo.broadcast_in_dim"(%362) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %364 = "stablehlo.multiply"(%351, %363) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %365 = "stablehlo.broadcast_in_dim"(%arg52) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %366 = "stablehlo.multiply"(%364, %365) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %369 = "stablehlo.dot_general"(%366, %arg54) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<512x128xf32>) -> tensor<64x1x512xf32>
    %370 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %371 = "stablehlo.broadcast_in_dim"(%370) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x512xf32>
    %372 = "stablehlo.maximum"(%369, %371) : (tensor<64x1x512xf32>, tensor<64x1x512xf32>) -> tensor<64x1x512xf32>
    %373 = "stablehlo.dot_general"(%372, %arg53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x512xf32>, tensor<128x512xf32>) -> tensor<64x1x128xf32>
    %374 = "stablehlo.add"(%351, %373) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %376 = "stablehlo.multiply"(%374, %374) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n377_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %377 = "stablehlo.reduce"(%376, %n377_init) ({
    ^bb0(%n377_a: tensor<f32>, %n377_b: tensor<f32>):
      %n377_r = "stablehlo.add"(%n377_a, %n377_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n377_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %378 = "stablehlo.reshape"(%377) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %379 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %380 = "stablehlo.broadcast_in_dim"(%379) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %381 = "stablehlo.multiply"(%378, %380) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %382 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %383 = "stablehlo.broadcast_in_dim"(%382) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %384 = "stablehlo.add"(%381, %383) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %385 = "stablehlo.rsqrt"(%384) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %386 = "stablehlo.broadcast_in_dim"(%385) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %387 = "stablehlo.multiply"(%374, %386) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %388 = "stablehlo.broadcast_in_dim"(%arg55) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %389 = "stablehlo.multiply"(%387, %388) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %394 = "stablehlo.dot_general"(%389, %arg57) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %395 = "stablehlo.reshape"(%394) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %396 = "stablehlo.reshape"(%arg18) : (tensor<64x3x4x32xf32>) -> tensor<64x384xf32>
    %397 = "stablehlo.gather"(%396, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 384>} : (tensor<64x384xf32>, tensor<64xi32>) -> tensor<64x384xf32>
    %398 = "stablehlo.reshape"(%397) : (tensor<64x384xf32>) -> tensor<64x3x4x32xf32>
    %399 = "stablehlo.dynamic_update_slice"(%398, %395, %47, %arg1, %47, %47) : (tensor<64x3x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x3x4x32xf32>
    %400 = "stablehlo.dot_general"(%389, %arg58) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %401 = "stablehlo.reshape"(%400) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %402 = "stablehlo.reshape"(%arg19) : (tensor<64x3x4x32xf32>) -> tensor<64x384xf32>
    %403 = "stablehlo.gather"(%402, %arg2) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 384>} : (tensor<64x384xf32>, tensor<64xi32>) -> tensor<64x384xf32>
    %404 = "stablehlo.reshape"(%403) : (tensor<64x384xf32>) -> tensor<64x3x4x32xf32>
    %405 = "stablehlo.dynamic_update_slice"(%404, %401, %47, %arg1, %47, %47) : (tensor<64x3x4x32xf32>, tensor<64x1x4x32xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<64x3x4x32xf32>
    %406 = "stablehlo.dot_general"(%389, %arg56) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %407 = "stablehlo.reshape"(%406) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %408 = "stablehlo.dot_general"(%407, %399) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x3x4x32xf32>) -> tensor<64x4x1x3xf32>
    %409 = "stablehlo.broadcast_in_dim"(%38) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %410 = "stablehlo.add"(%408, %409) : (tensor<64x4x1x3xf32>, tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %n411_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %411 = "stablehlo.reduce"(%410, %n411_init) ({
    ^bb0(%n411_a: tensor<f32>, %n411_b: tensor<f32>):
      %n411_r = "stablehlo.maximum"(%n411_a, %n411_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n411_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x3xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %412 = "stablehlo.reshape"(%411) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %413 = "stablehlo.broadcast_in_dim"(%412) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x3xf32>
    %414 = "stablehlo.subtract"(%410, %413) : (tensor<64x4x1x3xf32>, tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %415 = "stablehlo.exponential"(%414) : (tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %n416_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %416 = "stablehlo.reduce"(%415, %n416_init) ({
    ^bb0(%n416_a: tensor<f32>, %n416_b: tensor<f32>):
      %n416_r = "stablehlo.add"(%n416_a, %n416_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n416_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x3xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %417 = "stablehlo.reshape"(%416) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %418 = "stablehlo.broadcast_in_dim"(%417) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x3xf32>
    %419 = "stablehlo.divide"(%415, %418) : (tensor<64x4x1x3xf32>, tensor<64x4x1x3xf32>) -> tensor<64x4x1x3xf32>
    %420 = "stablehlo.dot_general"(%419, %405) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x3xf32>, tensor<64x3x4x32xf32>) -> tensor<64x4x1x32xf32>
    %421 = "stablehlo.transpose"(%420) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %422 = "stablehlo.reshape"(%421) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %423 = "stablehlo.dot_general"(%422, %arg59) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %424 = "stablehlo.add"(%374, %423) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %426 = "stablehlo.multiply"(%424, %424) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n427_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %427 = "stablehlo.reduce"(%426, %n427_init) ({
    ^bb0(%n427_a: tensor<f32>, %n427_b: tensor<f32>):
      %n427_r = "stablehlo.add"(%n427_a, %n427_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n427_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %428 = "stablehlo.reshape"(%427) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %429 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %430 = "stablehlo.broadcast_in_dim"(%429) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %431 = "stablehlo.multiply"(%428, %430) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %432 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %433 = "stablehlo.broadcast_in_dim"(%432) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %434 = "stablehlo.add"(%431, %433) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %435 = "stablehlo.rsqrt"(%434) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %436 = "stablehlo.broadcast_in_dim"(%435) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %437 = "stablehlo.multiply"(%424, %436) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %438 = "stablehlo.broadcast_in_dim"(%arg60) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %439 = "stablehlo.multiply"(%437, %438) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %442 = "stablehlo.dot_general"(%439, %arg61) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %443 = "stablehlo.reshape"(%442) : (tensor<64x1x128xf32>) -> tensor<64x1x4x32xf32>
    %444 = "stablehlo.dot_general"(%443, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<64x1x4x32xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x48xf32>
    %445 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x1x1x48xf32>) -> tensor<64x4x1x48xf32>
    %446 = "stablehlo.add"(%444, %445) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n447_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %447 = "stablehlo.reduce"(%446, %n447_init) ({
    ^bb0(%n447_a: tensor<f32>, %n447_b: tensor<f32>):
      %n447_r = "stablehlo.maximum"(%n447_a, %n447_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n447_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %448 = "stablehlo.reshape"(%447) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %449 = "stablehlo.broadcast_in_dim"(%448) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %450 = "stablehlo.subtract"(%446, %449) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %451 = "stablehlo.exponential"(%450) : (tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %n452_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %452 = "stablehlo.reduce"(%451, %n452_init) ({
    ^bb0(%n452_a: tensor<f32>, %n452_b: tensor<f32>):
      %n452_r = "stablehlo.add"(%n452_a, %n452_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n452_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<64x4x1x48xf32>, tensor<f32>) -> tensor<64x4x1xf32>
    %453 = "stablehlo.reshape"(%452) : (tensor<64x4x1xf32>) -> tensor<64x4x1x1xf32>
    %454 = "stablehlo.broadcast_in_dim"(%453) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x4x1x1xf32>) -> tensor<64x4x1x48xf32>
    %455 = "stablehlo.divide"(%451, %454) : (tensor<64x4x1x48xf32>, tensor<64x4x1x48xf32>) -> tensor<64x4x1x48xf32>
    %456 = "stablehlo.dot_general"(%455, %arg11) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<64x4x1x48xf32>, tensor<64x48x4x32xf32>) -> tensor<64x4x1x32xf32>
    %457 = "stablehlo.transpose"(%456) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<64x4x1x32xf32>) -> tensor<64x1x4x32xf32>
    %458 = "stablehlo.reshape"(%457) : (tensor<64x1x4x32xf32>) -> tensor<64x1x128xf32>
    %459 = "stablehlo.dot_general"(%458, %arg62) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<128x128xf32>) -> tensor<64x1x128xf32>
    %460 = "stablehlo.add"(%424, %459) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %462 = "stablehlo.multiply"(%460, %460) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n463_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %463 = "stablehlo.reduce"(%462, %n463_init) ({
    ^bb0(%n463_a: tensor<f32>, %n463_b: tensor<f32>):
      %n463_r = "stablehlo.add"(%n463_a, %n463_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n463_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %464 = "stablehlo.reshape"(%463) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %465 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %466 = "stablehlo.broadcast_in_dim"(%465) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %467 = "stablehlo.multiply"(%464, %466) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %468 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %469 = "stablehlo.broadcast_in_dim"(%468) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %470 = "stablehlo.add"(%467, %469) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %471 = "stablehlo.rsqrt"(%470) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %472 = "stablehlo.broadcast_in_dim"(%471) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %473 = "stablehlo.multiply"(%460, %472) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %474 = "stablehlo.broadcast_in_dim"(%arg63) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %475 = "stablehlo.multiply"(%473, %474) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %478 = "stablehlo.dot_general"(%475, %arg65) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<512x128xf32>) -> tensor<64x1x512xf32>
    %479 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %480 = "stablehlo.broadcast_in_dim"(%479) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x512xf32>
    %481 = "stablehlo.maximum"(%478, %480) : (tensor<64x1x512xf32>, tensor<64x1x512xf32>) -> tensor<64x1x512xf32>
    %482 = "stablehlo.dot_general"(%481, %arg64) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x512xf32>, tensor<128x512xf32>) -> tensor<64x1x128xf32>
    %483 = "stablehlo.add"(%460, %482) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %485 = "stablehlo.multiply"(%483, %483) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %n486_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %486 = "stablehlo.reduce"(%485, %n486_init) ({
    ^bb0(%n486_a: tensor<f32>, %n486_b: tensor<f32>):
      %n486_r = "stablehlo.add"(%n486_a, %n486_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n486_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<64x1x128xf32>, tensor<f32>) -> tensor<64x1xf32>
    %487 = "stablehlo.reshape"(%486) : (tensor<64x1xf32>) -> tensor<64x1x1xf32>
    %488 = stablehlo.constant dense<0x3C000000> : tensor<f32>
    %489 = "stablehlo.broadcast_in_dim"(%488) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %490 = "stablehlo.multiply"(%487, %489) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %491 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %492 = "stablehlo.broadcast_in_dim"(%491) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x1xf32>
    %493 = "stablehlo.add"(%490, %492) : (tensor<64x1x1xf32>, tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %494 = "stablehlo.rsqrt"(%493) : (tensor<64x1x1xf32>) -> tensor<64x1x1xf32>
    %495 = "stablehlo.broadcast_in_dim"(%494) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<64x1x1xf32>) -> tensor<64x1x128xf32>
    %496 = "stablehlo.multiply"(%483, %495) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %497 = "stablehlo.broadcast_in_dim"(%arg66) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<64x1x128xf32>
    %498 = "stablehlo.multiply"(%496, %497) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %499 = stablehlo.constant dense<0x3DB504F3> : tensor<f32>
    %500 = "stablehlo.broadcast_in_dim"(%499) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1x128xf32>
    %501 = "stablehlo.multiply"(%498, %500) : (tensor<64x1x128xf32>, tensor<64x1x128xf32>) -> tensor<64x1x128xf32>
    %502 = "stablehlo.dot_general"(%501, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<64x1x128xf32>, tensor<32128x128xf32>) -> tensor<64x1x32128xf32>
    %503 = "stablehlo.reshape"(%502) : (tensor<64x1x32128xf32>) -> tensor<64x32128xf32>
    %n504_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %504 = "stablehlo.reduce"(%503, %n504_init) ({
    ^bb0(%n504_a: tensor<f32>, %n504_b: tensor<f32>):
      %n504_r = "stablehlo.maximum"(%n504_a, %n504_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n504_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<64x32128xf32>, tensor<f32>) -> tensor<64xf32>
    %505 = "stablehlo.reshape"(%504) : (tensor<64xf32>) -> tensor<64x1xf32>
    %506 = "stablehlo.broadcast_in_dim"(%505) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<64x1xf32>) -> tensor<64x32128xf32>
    %507 = "stablehlo.subtract"(%503, %506) : (tensor<64x32128xf32>, tensor<64x32128xf32>) -> tensor<64x32128xf32>
    %508 = "stablehlo.exponential"(%507) : (tensor<64x32128xf32>) -> tensor<64x32128xf32>
    %n509_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %509 = "stablehlo.reduce"(%508, %n509_init) ({
    ^bb0(%n509_a: tensor<f32>, %n509_b: tensor<f32>):
      %n509_r = "stablehlo.add"(%n509_a, %n509_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n509_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<64x32128xf32>, tensor<f32>) -> tensor<64xf32>
    %510 = "stablehlo.reshape"(%509) : (tensor<64xf32>) -> tensor<64x1xf32>
    %511 = "stablehlo.log"(%510) : (tensor<64x1xf32>) -> tensor<64x1xf32>
    %512 = "stablehlo.broadcast_in_dim"(%511) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<64x1xf32>) -> tensor<64x32128xf32>
    %513 = "stablehlo.subtract"(%507, %512) : (tensor<64x32128xf32>, tensor<64x32128xf32>) -> tensor<64x32128xf32>
    %n514_iota = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<64x32128xi32>
    %n514_vinit = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %n514_iinit = stablehlo.constant dense<0> : tensor<i32>
    %n514_value, %514 = "stablehlo.reduce"(%513, %n514_iota, %n514_vinit, %n514_iinit) ({
^bb0(%n514_av: tensor<f32>, %n514_ai: tensor<i32>, %n514_bv: tensor<f32>, %n514_bi: tensor<i32>):
      %n514_gt = "stablehlo.compare"(%n514_av, %n514_bv) {comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %n514_eq = "stablehlo.compare"(%n514_av, %n514_bv) {comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %n514_lt = "stablehlo.compare"(%n514_ai, %n514_bi) {comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %n514_tie = "stablehlo.and"(%n514_eq, %n514_lt) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %n514_take = "stablehlo.or"(%n514_gt, %n514_tie) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      %n514_v = "stablehlo.select"(%n514_take, %n514_av, %n514_bv) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %n514_i = "stablehlo.select"(%n514_take, %n514_ai, %n514_bi) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%n514_v, %n514_i) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<64x32128xf32>, tensor<64x32128xi32>, tensor<f32>, tensor<i32>) -> (tensor<64xf32>, tensor<64xi32>)
    %n515_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %515 = "stablehlo.reduce"(%513, %n515_init) ({
    ^bb0(%n515_a: tensor<f32>, %n515_b: tensor<f32>):
      %n515_r = "stablehlo.maximum"(%n515_a, %n515_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n515_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<64x32128xf32>, tensor<f32>) -> tensor<64xf32>
    return %514, %515, %72, %78, %181, %187, %290, %296, %399, %405 : tensor<64xi32>, tensor<64xf32>, tensor<64x3x4x32xf32>, tensor<64x3x4x32xf32>, tensor<64x3x4x32xf32>, tensor<64x3x4x32xf32>, tensor<64x3x4x32xf32>, tensor<64x3x4x32xf32>, tensor<64x3x4x32xf32>, tensor<64x3x4x32xf32>
  }
}
