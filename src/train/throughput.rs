//! Training throughput: step time, examples/s, achieved matrix-product
//! FLOP/s per device and the model FLOPs utilization (MFU) against the
//! device's peak.
//!
//! The FLOPs are the matrix products the step programs actually execute
//! (`Graph::matmul_flops`: forward, and backward where gradients flow;
//! a frozen backbone's weight gradients are not computed and not counted),
//! per replica. The peak is the device's dense bf16 tensor-core figure from
//! its vendor's data sheet, looked up by the PJRT device kind; `--peak-tflops`
//! gives it for a device the table does not know (and for CPUs, which it
//! never guesses).

use serde::Serialize;

use super::trainer::StepReport;
use crate::runtime::DeviceMemory;

/// Dense bf16 peaks in TFLOP/s, per PJRT device, by a substring of the
/// device kind. More specific entries come first (an H100 PCIe before any H100).
const BF16_PEAKS: &[(&str, f64)] = &[
    ("H200 NVL", 835.5),
    ("H200", 989.4),
    ("H100 PCIe", 756.5),
    ("H100 NVL", 835.5),
    ("H100", 989.4),
    ("H800", 989.4),
    ("B200", 2250.0),
    ("A100", 312.0),
    ("A800", 312.0),
    ("L40S", 362.1),
    ("L4", 121.0),
    ("TPU v4", 275.0),
    ("TPU v5 lite", 197.0),
    ("TPU v5e", 197.0),
    ("TPU v5p", 459.0),
    ("TPU v5", 459.0),
    ("TPU v6 lite", 918.0),
    ("TPU v6e", 918.0),
];

/// The dense bf16 peak (TFLOP/s) of a device kind, if the table knows it.
/// The match is on whole words of the kind, case-insensitive: "NVIDIA H200"
/// is an H200, "NVIDIA L40S" is not an L4.
pub fn bf16_peak_tflops(device_kind: &str) -> Option<f64> {
    let words: Vec<String> = device_kind
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    BF16_PEAKS.iter().find_map(|(name, peak)| {
        let pattern: Vec<String> = name
            .split_whitespace()
            .map(str::to_ascii_lowercase)
            .collect();
        words
            .windows(pattern.len())
            .any(|w| w == pattern.as_slice())
            .then_some(*peak)
    })
}

/// Where a peak figure came from.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PeakSource {
    /// `--peak-tflops`.
    Given,
    /// The table of data-sheet bf16 peaks, for this device kind.
    DataSheet,
}

/// The throughput of a run's steady steps.
#[derive(Clone, Debug, Serialize)]
pub struct Throughput {
    pub device_kind: String,
    pub replicas: usize,
    /// Steps measured: those that compiled nothing.
    pub steps: usize,
    /// Steps left out because they compiled a program.
    pub compile_steps: usize,
    pub median_step_seconds: f64,
    pub mean_step_seconds: f64,
    /// Examples of all replicas per second, over the measured steps.
    pub examples_per_s: f64,
    /// Matrix-product FLOPs one replica executes per update, averaged over the measured steps.
    pub matmul_gflop_per_update: f64,
    /// Achieved matrix-product TFLOP/s of one device, over the measured steps.
    pub tflops_per_device: f64,
    pub peak_tflops: Option<f64>,
    pub peak_source: Option<PeakSource>,
    /// `tflops_per_device / peak_tflops`, as a fraction.
    pub mfu: Option<f64>,
    /// Whether the programs computed in bf16 (the peak is bf16's either way).
    pub bf16: bool,
    /// Device 0's allocator statistics after training, where the plugin keeps them (GPU, TPU).
    pub device_memory: Option<DeviceMemory>,
}

impl Throughput {
    /// Summarizes `reports` (one per update, as the trainer returned them).
    /// `None` when no step ran without compiling.
    pub fn from_reports(
        reports: &[StepReport],
        device_kind: &str,
        replicas: usize,
        given_peak: Option<f64>,
        bf16: bool,
    ) -> Option<Throughput> {
        let steady: Vec<&StepReport> = reports
            .iter()
            .filter(|r| r.compile_seconds.is_none())
            .collect();
        if steady.is_empty() {
            return None;
        }
        let n = steady.len() as f64;
        let seconds: f64 = steady.iter().map(|r| r.seconds).sum();
        let examples: f64 = steady.iter().map(|r| r.examples_per_s * r.seconds).sum();
        let gflop: f64 = steady.iter().map(|r| r.matmul_gflop).sum();
        let times: Vec<f64> = steady.iter().map(|r| r.seconds).collect();
        let median = crate::report::median(&times)?;
        let tflops = gflop / seconds / 1e3;
        let (peak, source) = match given_peak {
            Some(p) => (Some(p), Some(PeakSource::Given)),
            None => match bf16_peak_tflops(device_kind) {
                Some(p) => (Some(p), Some(PeakSource::DataSheet)),
                None => (None, None),
            },
        };
        Some(Throughput {
            device_kind: device_kind.to_string(),
            replicas,
            steps: steady.len(),
            compile_steps: reports.len() - steady.len(),
            median_step_seconds: median,
            mean_step_seconds: seconds / n,
            examples_per_s: examples / seconds,
            matmul_gflop_per_update: gflop / n,
            tflops_per_device: tflops,
            peak_tflops: peak,
            peak_source: source,
            mfu: peak.map(|p| tflops / p),
            bf16,
            device_memory: None,
        })
    }

    /// One line for the terminal.
    pub fn describe(&self) -> String {
        let mut line = format!(
            "throughput over {} steps (the {} that compiled left out): median step {:.4} s, \
             {:.1} ex/s, {:.1} GFLOP per update per device, {:.3} TFLOP/s per device",
            self.steps,
            self.compile_steps,
            self.median_step_seconds,
            self.examples_per_s,
            self.matmul_gflop_per_update,
            self.tflops_per_device
        );
        match (self.mfu, self.peak_tflops, &self.peak_source) {
            (Some(mfu), Some(peak), Some(source)) => {
                let from = match source {
                    PeakSource::Given => "--peak-tflops".to_string(),
                    PeakSource::DataSheet => {
                        format!("the {} bf16 data-sheet peak", self.device_kind)
                    }
                };
                line.push_str(&format!(
                    ", MFU {:.1}% of {peak} TFLOP/s ({from}",
                    100.0 * mfu
                ));
                if !self.bf16 {
                    line.push_str("; this run computed in f32");
                }
                line.push(')');
            }
            _ => {
                line.push_str(&format!(
                    "; no MFU: the peak of a '{}' device is not known (give it with --peak-tflops",
                    self.device_kind
                ));
                if self.device_kind.eq_ignore_ascii_case("cpu") {
                    line.push_str("; scripts/fma_peak.c measures a CPU's");
                }
                line.push(')');
            }
        }
        if let Some(m) = &self.device_memory {
            let gib = |b: i64| b as f64 / (1u64 << 30) as f64;
            match m.peak_bytes_in_use {
                Some(peak) => line.push_str(&format!("; device memory peak {:.2} GiB", gib(peak))),
                None => line.push_str(&format!(
                    "; device memory in use {:.2} GiB",
                    gib(m.bytes_in_use)
                )),
            }
            if let Some(limit) = m.bytes_limit {
                line.push_str(&format!(" of {:.2} GiB", gib(limit)));
            }
        }
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(seconds: f64, gflop: f64, compiled: bool) -> StepReport {
        StepReport {
            step: 1,
            task: "t".into(),
            loss: 1.0,
            lr: 1e-3,
            grad_norm: 1.0,
            examples_per_s: 32.0 / seconds,
            seconds,
            matmul_gflop: gflop,
            tflops_per_device: gflop / seconds / 1e3,
            compile_seconds: compiled.then_some(10.0),
            compile_cached: false,
        }
    }

    #[test]
    fn device_kinds_match_on_whole_words_and_the_most_specific_entry() {
        let peak = |k: &str| bf16_peak_tflops(k);
        assert_eq!(peak("NVIDIA H200"), peak("nvidia h200"));
        assert!(peak("NVIDIA H200").is_some());
        assert!(peak("NVIDIA H100 PCIe") < peak("NVIDIA H100 80GB HBM3"));
        assert!(peak("NVIDIA H200 NVL") < peak("NVIDIA H200"));
        assert_ne!(peak("NVIDIA L40S"), peak("NVIDIA L4"));
        assert!(peak("TPU v5 lite") < peak("TPU v5"));
        for unknown in [
            "cpu",
            "Host",
            "NVIDIA GeForce RTX 4090",
            "TPU v3",
            "NVIDIA H20",
        ] {
            assert_eq!(peak(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn compiling_steps_are_left_out_and_the_rates_are_totals_over_time() {
        let reports = [
            report(30.0, 100.0, true),
            report(1.0, 100.0, false),
            report(3.0, 300.0, false),
            report(2.0, 100.0, false),
        ];
        let t = Throughput::from_reports(&reports, "cpu", 2, None, false).unwrap();
        assert_eq!((t.steps, t.compile_steps), (3, 1));
        assert_eq!(t.median_step_seconds, 2.0);
        assert_eq!(t.mean_step_seconds, 2.0);
        // 500 GFLOP in 6 s; 96 examples in 6 s.
        assert!((t.tflops_per_device - 500.0 / 6.0 / 1e3).abs() < 1e-12);
        assert!((t.examples_per_s - 16.0).abs() < 1e-9);
        assert!((t.matmul_gflop_per_update - 500.0 / 3.0).abs() < 1e-9);
        assert_eq!((t.peak_tflops, t.mfu), (None, None));
        assert!(t.describe().contains("--peak-tflops"), "{}", t.describe());

        let given = Throughput::from_reports(&reports, "cpu", 2, Some(0.5), false).unwrap();
        assert_eq!(given.peak_source, Some(PeakSource::Given));
        assert!((given.mfu.unwrap() - given.tflops_per_device / 0.5).abs() < 1e-15);
        assert!(
            given.describe().contains("MFU 16.7%"),
            "{}",
            given.describe()
        );
        assert!(given.describe().contains("f32"), "{}", given.describe());

        let sheet = Throughput::from_reports(&reports, "NVIDIA H200", 1, None, true).unwrap();
        assert_eq!(sheet.peak_source, Some(PeakSource::DataSheet));
        assert_eq!(sheet.peak_tflops, bf16_peak_tflops("NVIDIA H200"));
        assert!(!sheet.describe().contains("f32"), "{}", sheet.describe());

        let mut with_memory = sheet.clone();
        with_memory.device_memory = Some(DeviceMemory {
            bytes_in_use: 1 << 30,
            peak_bytes_in_use: Some(3 << 29),
            bytes_limit: Some(4 << 30),
        });
        assert!(
            with_memory
                .describe()
                .ends_with("device memory peak 1.50 GiB of 4.00 GiB"),
            "{}",
            with_memory.describe()
        );

        let even = Throughput::from_reports(&reports[1..3], "cpu", 1, None, false).unwrap();
        assert_eq!(even.median_step_seconds, 2.0);
        assert!(Throughput::from_reports(&reports[..1], "cpu", 1, None, false).is_none());
    }
}
