module @golden_mlp attributes {mhlo.num_replicas = 1 : i32, mhlo.num_partitions = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3xf32>, %arg1: tensor<3x4xf32> {tf.aliasing_output = 1 : i32}) -> (tensor<4xf32>, tensor<3x4xf32>) {
    %2 = "stablehlo.dot_general"(%arg0, %arg1) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
    %3 = "stablehlo.multiply"(%2, %2) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %4 = "stablehlo.multiply"(%3, %2) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %5 = stablehlo.constant dense<0x3D372713> : tensor<f32>
    %6 = "stablehlo.broadcast_in_dim"(%5) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4xf32>
    %7 = "stablehlo.multiply"(%4, %6) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %8 = "stablehlo.add"(%2, %7) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %9 = stablehlo.constant dense<0x3F4C422A> : tensor<f32>
    %10 = "stablehlo.broadcast_in_dim"(%9) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4xf32>
    %11 = "stablehlo.multiply"(%8, %10) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %12 = "stablehlo.tanh"(%11) : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %13 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4xf32>
    %15 = "stablehlo.add"(%12, %14) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %16 = stablehlo.constant dense<0x3F000000> : tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%16) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4xf32>
    %18 = "stablehlo.multiply"(%2, %17) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %19 = "stablehlo.multiply"(%18, %15) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %n20_init = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %20 = "stablehlo.reduce"(%19, %n20_init) ({
    ^bb0(%n20_a: tensor<f32>, %n20_b: tensor<f32>):
      %n20_r = "stablehlo.maximum"(%n20_a, %n20_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n20_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x4xf32>, tensor<f32>) -> tensor<2xf32>
    %21 = "stablehlo.reshape"(%20) : (tensor<2xf32>) -> tensor<2x1xf32>
    %22 = "stablehlo.broadcast_in_dim"(%21) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x4xf32>
    %23 = "stablehlo.subtract"(%19, %22) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %24 = "stablehlo.exponential"(%23) : (tensor<2x4xf32>) -> tensor<2x4xf32>
    %n25_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %25 = "stablehlo.reduce"(%24, %n25_init) ({
    ^bb0(%n25_a: tensor<f32>, %n25_b: tensor<f32>):
      %n25_r = "stablehlo.add"(%n25_a, %n25_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n25_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x4xf32>, tensor<f32>) -> tensor<2xf32>
    %26 = "stablehlo.reshape"(%25) : (tensor<2xf32>) -> tensor<2x1xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x4xf32>
    %28 = "stablehlo.divide"(%24, %27) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
    %n29_init = stablehlo.constant dense<0x00000000> : tensor<f32>
    %29 = "stablehlo.reduce"(%28, %n29_init) ({
    ^bb0(%n29_a: tensor<f32>, %n29_b: tensor<f32>):
      %n29_r = "stablehlo.add"(%n29_a, %n29_b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%n29_r) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x4xf32>, tensor<f32>) -> tensor<4xf32>
    return %29, %arg1 : tensor<4xf32>, tensor<3x4xf32>
  }
}
