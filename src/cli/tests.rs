//! Plugin option parsing, device flags and the bf16-on-CPU warning.

use super::*;

fn device(kind: DeviceKind) -> DeviceArgs {
    DeviceArgs {
        device: kind,
        replicas: 1,
        plugin: None,
        plugin_options: Vec::new(),
        compile_cache: None,
    }
}

#[test]
fn plugin_options_take_the_type_their_value_reads_as() {
    let opt = |s: &str| parse_plugin_option(s);
    assert_eq!(
        opt("preallocate=false"),
        Ok(CreateOption::Bool("preallocate".into(), false))
    );
    assert_eq!(
        opt("visible_devices = 3"),
        Ok(CreateOption::Int64("visible_devices".into(), 3))
    );
    assert_eq!(
        opt("memory_fraction=0.5"),
        Ok(CreateOption::Float("memory_fraction".into(), 0.5))
    );
    assert_eq!(
        opt("allocator=platform"),
        Ok(CreateOption::Str("allocator".into(), "platform".into()))
    );
    assert_eq!(
        opt("x=inf"),
        Ok(CreateOption::Str("x".into(), "inf".into()))
    );
    assert_eq!(
        opt("visible_devices=[0]"),
        Ok(CreateOption::Int64List("visible_devices".into(), vec![0]))
    );
    assert_eq!(
        opt("visible_devices=0, 2"),
        Ok(CreateOption::Int64List(
            "visible_devices".into(),
            vec![0, 2]
        ))
    );
    assert_eq!(opt("v=[]"), Ok(CreateOption::Int64List("v".into(), vec![])));
    assert!(opt("v=[0,x]").unwrap_err().contains("integers"));
    assert!(opt("preallocate").unwrap_err().contains("NAME=VALUE"));
    assert!(opt("=1").unwrap_err().contains("no option name"));
    assert!(opt("cpu_device_count=4")
        .unwrap_err()
        .contains("--replicas"));
}

#[test]
fn bf16_on_cpu_is_warned_about_and_only_there() {
    let mut run = crate::config::Config::default();
    assert!(device(DeviceKind::Cpu).warnings_for(&run).is_empty());
    run.bf16 = true;
    let w = device(DeviceKind::Cpu).warnings_for(&run);
    assert_eq!(w.len(), 1);
    assert!(
        w[0].contains("bf16") && w[0].contains("bf16=false"),
        "{w:?}"
    );
    assert!(device(DeviceKind::Gpu).warnings_for(&run).is_empty());
}

#[test]
fn the_host_matmul_kernel_is_refused_off_the_cpu_up_front() {
    let run = crate::config::Config {
        host_matmul_kernel: crate::config::HostMatmulKernel::On,
        ..Default::default()
    };
    assert!(device(DeviceKind::Cpu).check(&run).is_ok());
    // The default, "auto", is no kernel on GPU/TPU rather than an error.
    for kind in [DeviceKind::Gpu, DeviceKind::Tpu] {
        assert!(device(kind).check(&Default::default()).is_ok());
    }
    for kind in [DeviceKind::Gpu, DeviceKind::Tpu] {
        let e = device(kind).check(&run).unwrap_err().to_string();
        assert!(
            e.contains("host_matmul_kernel") && e.contains(&kind.to_string()),
            "{e}"
        );
    }
}
