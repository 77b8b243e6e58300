//! The PJRT runtime on the real CPU plugin: compile, transfer, execute,
//! replicate, donate, and fail clearly.

mod common;

use common::{compile, cpu};
use half::{bf16, f16};
use ndarray::{Array2, ArrayD};
use rand::{rngs::StdRng, Rng, SeedableRng};
use ruse::runtime::{Client, ClientOptions, DeviceKind, ElementType, HostTensor};
use ruse::Error;

const DOT_TANH: &str = r#"
module @dot_tanh {
  func.func public @main(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>) -> tensor<2x4xf32> {
    %0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
    %1 = stablehlo.tanh %0 : tensor<2x4xf32>
    return %1 : tensor<2x4xf32>
  }
}
"#;

const ALL_REDUCE: &str = r#"
module @all_reduce attributes {mhlo.num_replicas = 4 : i32, mhlo.num_partitions = 1 : i32} {
  func.func public @main(%x: tensor<3xf32>) -> (tensor<3xf32>, tensor<ui32>) {
    %0 = "stablehlo.all_reduce"(%x) ({
      ^bb0(%a: tensor<f32>, %b: tensor<f32>):
        %s = stablehlo.add %a, %b : tensor<f32>
        stablehlo.return %s : tensor<f32>
    }) {replica_groups = dense<[[0, 1, 2, 3]]> : tensor<1x4xi64>} : (tensor<3xf32>) -> tensor<3xf32>
    %1 = stablehlo.replica_id : tensor<ui32>
    return %0, %1 : tensor<3xf32>, tensor<ui32>
  }
}
"#;

const DONATE: &str = r#"
module @donate {
  func.func public @main(%state: tensor<4xf32> {tf.aliasing_output = 0 : i32}, %delta: tensor<4xf32>) -> tensor<4xf32> {
    %0 = stablehlo.add %state, %delta : tensor<4xf32>
    return %0 : tensor<4xf32>
  }
}
"#;

fn random_matrix(rng: &mut StdRng, rows: usize, cols: usize) -> Array2<f32> {
    Array2::from_shape_fn((rows, cols), |_| rng.random_range(-1.0..1.0))
}

#[test]
fn dot_tanh_matches_ndarray() {
    let client = cpu(1);
    let exe = compile(&client, DOT_TANH, 1);
    let mut rng = StdRng::seed_from_u64(7);
    let a = random_matrix(&mut rng, 2, 3);
    let b = random_matrix(&mut rng, 3, 4);
    let da = client.upload(&HostTensor::from_array(&a), 0).unwrap();
    let db = client.upload(&HostTensor::from_array(&b), 0).unwrap();
    let out = exe.execute1(&[&da, &db]).unwrap();
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].spec().to_string(), "f32[2,4]");
    let got = out[0].to_host().unwrap().to_array::<f32>().unwrap();
    let want: ArrayD<f32> = a.dot(&b).mapv(f32::tanh).into_dyn();
    let max_err = (&got - &want).mapv(f32::abs).fold(0.0f32, |m, x| m.max(*x));
    assert!(max_err < 1e-6, "max error {max_err}\n{got}\n{want}");
}

#[test]
fn all_reduce_and_replica_id_on_four_replicas() {
    let client = cpu(4);
    assert_eq!(client.device_count(), 4);
    let exe = compile(&client, ALL_REDUCE, 4);
    assert_eq!(exe.devices(), &[0, 1, 2, 3]);
    let inputs: Vec<Vec<f32>> = (0..4)
        .map(|r| vec![r as f32, 10.0 * r as f32 + 1.0, -(r as f32) * 0.5])
        .collect();
    let buffers: Vec<_> = inputs
        .iter()
        .enumerate()
        .map(|(r, x)| client.upload_slice(x, &[3], exe.devices()[r]).unwrap())
        .collect();
    let args: Vec<Vec<_>> = buffers.iter().map(|b| vec![b]).collect();
    let out = exe.execute(&args).unwrap();
    let want: Vec<f32> = (0..3).map(|i| inputs.iter().map(|x| x[i]).sum()).collect();
    for (r, outputs) in out.iter().enumerate() {
        assert_eq!(outputs[0].device(), r);
        assert_eq!(outputs[0].to_vec::<f32>().unwrap(), want, "replica {r}");
        assert_eq!(outputs[1].to_vec::<u32>().unwrap(), vec![r as u32]);
    }
}

#[test]
fn every_element_type_round_trips() {
    let client = cpu(1);
    let tensors = vec![
        HostTensor::new(&[true, false, true, true, false, false], &[2, 3]).unwrap(),
        HostTensor::new(&[-3i32, 0, 7, i32::MAX, i32::MIN, 1], &[3, 2]).unwrap(),
        HostTensor::new(&[i64::MIN, -1, 0, 1, i64::MAX, 5], &[6]).unwrap(),
        HostTensor::new(&[0u32, 1, u32::MAX, 12345, 6, 7], &[1, 6]).unwrap(),
        HostTensor::new(&[1.5f32, -0.0, f32::MAX, 1e-30, 3.25, -7.0], &[2, 3]).unwrap(),
        HostTensor::new(&[1.5f64, -2.0, f64::MIN_POSITIVE, 1e300, 0.1, 9.0], &[2, 3]).unwrap(),
        HostTensor::new(&[f16::from_f32(0.1), f16::MAX, f16::MIN], &[3]).unwrap(),
        HostTensor::scalar(2.5f32),
    ];
    for t in &tensors {
        let back = client.upload(t, 0).unwrap().to_host().unwrap();
        assert_eq!(&back, t, "{}", t.spec());
    }
}

#[test]
fn bf16_round_trip_and_arithmetic() {
    let client = cpu(1);
    let values: Vec<bf16> = [0.1f32, -2.5, 1e20, 3.0e-20, 65504.0, -0.0]
        .iter()
        .map(|x| bf16::from_f32(*x))
        .collect();
    let buf = client.upload_slice(&values, &[2, 3], 0).unwrap();
    assert_eq!(buf.spec().ty, ElementType::BF16);
    assert_eq!(buf.to_vec::<bf16>().unwrap(), values);
    let double = r#"
module @double {
  func.func public @main(%x: tensor<2x3xbf16>) -> tensor<2x3xbf16> {
    %0 = stablehlo.add %x, %x : tensor<2x3xbf16>
    return %0 : tensor<2x3xbf16>
  }
}
"#;
    let out = compile(&client, double, 1).execute1(&[&buf]).unwrap();
    let want: Vec<bf16> = values.iter().map(|x| *x + *x).collect();
    assert_eq!(out[0].to_vec::<bf16>().unwrap(), want);
}

#[test]
fn donated_state_is_consumed_and_reuse_is_refused() {
    let client = cpu(1);
    let exe = compile(&client, DONATE, 1);
    let state = client
        .upload_slice(&[1.0f32, 2.0, 3.0, 4.0], &[4], 0)
        .unwrap();
    let delta = client.upload_slice(&[0.5f32; 4], &[4], 0).unwrap();
    let mut out = exe.execute1(&[&state, &delta]).unwrap();
    assert!(
        state.is_deleted().unwrap(),
        "the donated argument should be consumed"
    );
    assert!(!delta.is_deleted().unwrap());
    // The new state feeds the next step, as a training loop does.
    let next = out.pop().unwrap();
    let out2 = exe.execute1(&[&next, &delta]).unwrap();
    assert_eq!(out2[0].to_vec::<f32>().unwrap(), vec![2.0, 3.0, 4.0, 5.0]);
    let err = exe.execute1(&[&state, &delta]).unwrap_err();
    assert!(err.to_string().contains("donated"), "{err}");
    assert!(state.to_host().is_err());
}

#[test]
fn malformed_stablehlo_reports_the_compiler_message() {
    let client = cpu(1);
    let text = DOT_TANH.replace("stablehlo.tanh", "stablehlo.not_an_op");
    let err = client
        .compile(&text, ruse::runtime::CompileOptions::default())
        .err()
        .expect("compiling an unknown op must fail");
    let msg = err.to_string();
    assert!(matches!(err, Error::Pjrt { .. }), "{msg}");
    assert!(msg.contains("PJRT_Client_Compile"), "{msg}");
    assert!(
        msg.contains("not_an_op"),
        "the compiler's message should name the op: {msg}"
    );
}

#[test]
fn wrong_arguments_are_errors_not_crashes() {
    let client = cpu(2);
    let exe = compile(&client, DOT_TANH, 1);
    let a = client.upload_slice(&[0.0f32; 6], &[2, 3], 0).unwrap();
    let b_wrong = client.upload_slice(&[0.0f32; 12], &[4, 3], 0).unwrap();
    let b_int = client.upload_slice(&[0i32; 12], &[3, 4], 0).unwrap();
    let b_other_device = client.upload_slice(&[0.0f32; 12], &[3, 4], 1).unwrap();

    let err = exe.execute1(&[&a]).unwrap_err().to_string();
    assert!(err.contains("takes 2 argument(s) but 1"), "{err}");
    let err = exe.execute1(&[&a, &b_wrong]).unwrap_err().to_string();
    assert!(
        err.contains("f32[3,4]") && err.contains("f32[4,3]"),
        "{err}"
    );
    let err = exe.execute1(&[&a, &b_int]).unwrap_err().to_string();
    assert!(err.contains("s32[3,4]"), "{err}");
    let err = exe
        .execute1(&[&a, &b_other_device])
        .unwrap_err()
        .to_string();
    assert!(err.contains("device 1"), "{err}");
    let err = exe
        .execute(&[vec![&a, &a], vec![&a, &a]])
        .unwrap_err()
        .to_string();
    assert!(err.contains("compiled for 1 replica"), "{err}");
    let err = client
        .upload_slice(&[0.0f32; 5], &[2, 3], 0)
        .unwrap_err()
        .to_string();
    assert!(err.contains("5 elements"), "{err}");
    let err = client
        .upload_slice(&[0.0f32; 6], &[2, 3], 7)
        .unwrap_err()
        .to_string();
    assert!(err.contains("device 7 does not exist"), "{err}");
    let err = client
        .compile(DOT_TANH, ruse::runtime::CompileOptions::replicas(3))
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("3 replicas"), "{err}");
}

#[test]
fn typed_views_refuse_the_wrong_type() {
    let t = HostTensor::new(&[1.0f32, 2.0], &[2]).unwrap();
    let err = t.to_vec::<i32>().unwrap_err().to_string();
    assert!(err.contains("f32[2]") && err.contains("s32"), "{err}");
    assert_eq!(t.to_vec::<f32>().unwrap(), vec![1.0, 2.0]);
}

#[test]
fn missing_plugin_names_the_package_and_the_variable() {
    let options = ClientOptions {
        device: DeviceKind::Cpu,
        plugin: Some("/nonexistent/xla_cpu_pjrt.so".into()),
        ..Default::default()
    };
    let err = Client::new(&options).err().unwrap().to_string();
    assert!(err.contains("pip install xla-cpu-pjrt"), "{err}");
    assert!(err.contains("RUSE_PJRT_PLUGIN"), "{err}");
    assert!(err.contains("/nonexistent/xla_cpu_pjrt.so"), "{err}");
}

#[test]
fn a_library_that_is_not_a_plugin_is_refused() {
    let libc = [
        "/lib/x86_64-linux-gnu/libc.so.6",
        "/lib/aarch64-linux-gnu/libc.so.6",
    ]
    .into_iter()
    .find(|p| std::path::Path::new(p).is_file())
    .expect("libc.so.6");
    let options = ClientOptions {
        plugin: Some(libc.into()),
        ..Default::default()
    };
    let err = Client::new(&options).err().unwrap().to_string();
    assert!(err.contains("not a PJRT plugin"), "{err}");
}

#[test]
fn the_cpu_plugin_is_refused_for_gpu() {
    let cpu_plugin = cpu(1).plugin_path().to_path_buf();
    let options = ClientOptions {
        device: DeviceKind::Gpu,
        plugin: Some(cpu_plugin),
        ..Default::default()
    };
    let err = Client::new(&options).err().unwrap().to_string();
    assert!(err.contains("--device gpu"), "{err}");
}

#[test]
fn client_reports_platform_and_api_version() {
    let client = cpu(3);
    assert_eq!(client.platform_name().unwrap(), "cpu");
    assert_eq!(client.api_version().0, Client::bindings_version().0);
    let devices = client.devices().unwrap();
    assert_eq!(devices.len(), 3);
    let ids: Vec<i32> = devices.iter().map(|d| d.id).collect();
    assert_eq!(ids, vec![0, 1, 2]);
}

#[test]
fn compiled_programs_report_memory_stats() {
    let client = cpu(1);
    let exe = compile(&client, DOT_TANH, 1);
    let stats = exe.memory_stats().unwrap();
    assert_eq!(stats.argument_bytes, (6 + 12) * 4);
    assert_eq!(stats.output_bytes, 8 * 4);
    assert_eq!(exe.num_outputs(), 1);
    assert!(exe.compile_time().as_nanos() > 0);
}

/// The CPU plugin keeps no allocator statistics ("GetAllocatorStats is not
/// supported"): that is `None`, not an error; an index past the devices is an error.
#[test]
fn device_memory_statistics_are_absent_on_cpu() {
    let client = common::cpu(2);
    assert_eq!(client.device_memory(0).unwrap(), None);
    assert_eq!(client.device_memory(1).unwrap(), None);
    assert!(client.device_memory(2).is_err());
}

/// Creation options reach the plugin: an `extra` `cpu_device_count` gives that
/// many devices, and options of every value type (the int64 list too) that the
/// CPU plugin does not know are passed without harm.
#[test]
fn extra_creation_options_reach_the_plugin() {
    use ruse::runtime::CreateOption;
    let with = |cpu_device_count, extra: Vec<CreateOption>| {
        Client::new(&ClientOptions {
            device: DeviceKind::Cpu,
            cpu_device_count,
            extra,
            ..Default::default()
        })
        .unwrap()
    };
    let three = with(
        None,
        vec![CreateOption::Int64("cpu_device_count".into(), 3)],
    );
    assert_eq!(three.device_count(), 3);
    let all = with(
        Some(2),
        vec![
            CreateOption::Int64List("ruse_test_list".into(), vec![1, 2]),
            CreateOption::Float("ruse_test_float".into(), 0.5),
            CreateOption::Bool("ruse_test_bool".into(), true),
            CreateOption::Str("ruse_test_string".into(), "s".into()),
        ],
    );
    assert_eq!(all.device_count(), 2);
}

/// A compile cache directory: the first client compiles and writes the
/// program, a second client (as in a later run) loads it instead, and the
/// loaded program computes what the compiled one does, replicated too.
/// A damaged entry is reported and compiled again, and the rewritten entry
/// loads. Another replica count is another entry.
#[test]
fn the_compile_cache_loads_what_an_earlier_client_compiled() {
    let dir = std::env::temp_dir().join(format!("ruse-compile-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let run = |client: &Client| {
        let exe = compile(client, ALL_REDUCE, 4);
        let buffers: Vec<_> = (0..4)
            .map(|r| client.upload_slice(&[r as f32, 1.0, 2.0], &[3], r).unwrap())
            .collect();
        let args: Vec<Vec<_>> = buffers.iter().map(|b| vec![b]).collect();
        let out = exe.execute(&args).unwrap();
        let sums: Vec<Vec<f32>> = out.iter().map(|o| o[0].to_vec().unwrap()).collect();
        let ids: Vec<u32> = out
            .iter()
            .map(|o| o[1].to_vec::<u32>().unwrap()[0])
            .collect();
        (exe.from_compile_cache(), sums, ids)
    };
    let first = cpu(4).with_compile_cache(&dir).unwrap();
    let (cached, sums, ids) = run(&first);
    assert!(!cached);
    assert_eq!(sums, vec![vec![6.0, 4.0, 8.0]; 4]);
    assert_eq!(ids, vec![0, 1, 2, 3]);
    assert_eq!(first.compile_cache().unwrap().counts(), (0, 1));
    let entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0].extension().unwrap(), "xla");

    // A load marks the entry used (its modification time), so that `ruse
    // cache` prunes the least recently used entries first.
    let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(10 * 86400);
    std::fs::File::open(&entries[0])
        .unwrap()
        .set_modified(long_ago)
        .unwrap();
    let second = cpu(4).with_compile_cache(&dir).unwrap();
    assert_eq!(run(&second), (true, sums.clone(), ids.clone()));
    assert_eq!(second.compile_cache().unwrap().counts(), (1, 0));
    let used = std::fs::metadata(&entries[0]).unwrap().modified().unwrap();
    assert!(used.elapsed().unwrap().as_secs() < 3600, "{used:?}");

    // A cut entry is compiled again and replaced by a whole one.
    let bytes = std::fs::read(&entries[0]).unwrap();
    std::fs::write(&entries[0], &bytes[..bytes.len() / 2]).unwrap();
    let third = cpu(4).with_compile_cache(&dir).unwrap();
    assert_eq!(run(&third), (false, sums.clone(), ids.clone()));
    assert_eq!(std::fs::read(&entries[0]).unwrap().len(), bytes.len());
    let fourth = cpu(4).with_compile_cache(&dir).unwrap();
    assert!(run(&fourth).0);
    // So is a whole entry with one bit of its payload flipped (its digest
    // no longer matches): never loaded as a corrupt program.
    let mut flipped = std::fs::read(&entries[0]).unwrap();
    let last = flipped.len() - 1;
    flipped[last] ^= 1;
    std::fs::write(&entries[0], &flipped).unwrap();
    let fifth = cpu(4).with_compile_cache(&dir).unwrap();
    assert_eq!(run(&fifth), (false, sums.clone(), ids.clone()));
    assert_ne!(std::fs::read(&entries[0]).unwrap(), flipped, "rewritten");

    // The same text for one replica is another program.
    let one = cpu(1).with_compile_cache(&dir).unwrap();
    assert!(!compile(&one, DOT_TANH, 1).from_compile_cache());
    assert!(compile(&one, DOT_TANH, 1).from_compile_cache());
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
    std::fs::remove_dir_all(&dir).unwrap();
}
