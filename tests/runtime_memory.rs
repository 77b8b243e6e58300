//! Repeated compile + execute must not grow memory: every PJRT object
//! (executables, buffers, events, errors) is released on drop. Its own test
//! binary, so that no other test allocates in the same process meanwhile.

mod common;

use common::{compile, cpu, rss_bytes};
use ruse::runtime::CompileOptions;

fn program(i: usize) -> String {
    // A distinct constant each cycle, so that nothing can be served from a cache.
    format!(
        r#"
module @cycle_{i} {{
  func.func public @main(%x: tensor<128x128xf32>, %y: tensor<128x128xf32>) -> tensor<128x128xf32> {{
    %c = stablehlo.constant dense<{i}.0> : tensor<128x128xf32>
    %0 = stablehlo.dot_general %x, %y, contracting_dims = [1] x [0] : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
    %1 = stablehlo.add %0, %c : tensor<128x128xf32>
    return %1 : tensor<128x128xf32>
  }}
}}
"#
    )
}

fn cycle(client: &ruse::runtime::Client, i: usize) {
    let exe = compile(client, &program(i), 1);
    let x = client
        .upload_slice(&vec![1.0f32; 128 * 128], &[128, 128], 0)
        .unwrap();
    let out = exe.execute1(&[&x, &x]).unwrap();
    let v = out[0].to_vec::<f32>().unwrap();
    assert_eq!(v[0], 128.0 + i as f32);
    // Failing compiles allocate PJRT errors, which must be freed too.
    assert!(client
        .compile("module {", CompileOptions::default())
        .is_err());
}

#[test]
fn two_hundred_compile_execute_cycles_keep_memory_bounded() {
    let client = cpu(1);
    for i in 0..20 {
        cycle(&client, i);
    }
    let warm = rss_bytes();
    for i in 20..220 {
        cycle(&client, i);
    }
    let after = rss_bytes();
    let growth = after.saturating_sub(warm) as f64 / (1 << 20) as f64;
    eprintln!(
        "rss after warm-up {:.1} MiB, after 200 cycles {:.1} MiB (+{growth:.1} MiB)",
        warm as f64 / (1 << 20) as f64,
        after as f64 / (1 << 20) as f64
    );
    assert!(
        growth < 8.0,
        "memory grew by {growth:.1} MiB over 200 cycles"
    );
}
