//! Axes with round ticks, and compact number labels (`0.25`, `2e-4`).

/// About how many tick intervals an axis gets.
const TICKS: f64 = 5.0;

/// An axis from `first * step` to `last * step`, ticked every `step`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Axis {
    pub first: i64,
    pub last: i64,
    pub step: f64,
}

impl Axis {
    /// Round ticks (1, 2 or 5 times a power of ten) covering `[lo, hi]`; an
    /// empty range is widened around its value. With `integer`, steps ≥ 1.
    pub fn nice(lo: f64, hi: f64, integer: bool) -> Axis {
        // Divided first, so that a range as wide as f64's (±1e308) does not
        // overflow. A range too narrow for a normal step (`0` to `1e-323`)
        // is widened as an empty one is.
        let raw = hi / TICKS - lo / TICKS;
        let (lo, hi) = if hi > lo && raw.is_normal() {
            (lo, hi)
        } else {
            let pad = if lo.abs() < 1e-300 {
                1.0
            } else {
                lo.abs() * 0.1
            };
            (lo - pad, lo + pad)
        };
        let mut step = nice_step(hi / TICKS - lo / TICKS);
        if integer {
            step = step.max(1.0);
        }
        // The slack keeps 5.000000000000001 from adding a tick past the data.
        let first = (lo / step + 1e-9).floor() as i64;
        let last = ((hi / step - 1e-9).ceil() as i64).max(first + 1);
        Axis { first, last, step }
    }

    pub fn lo(&self) -> f64 {
        self.first as f64 * self.step
    }

    pub fn hi(&self) -> f64 {
        self.last as f64 * self.step
    }

    /// Where `v` lies between `lo()` (0) and `hi()` (1), computed on halves
    /// so that the widest ranges do not overflow.
    pub fn fraction(&self, v: f64) -> f64 {
        let lo = self.lo() / 2.0;
        (v / 2.0 - lo) / (self.hi() / 2.0 - lo)
    }

    /// Tick values, each an integer multiple of the step (no accumulated drift).
    pub fn ticks(&self) -> Vec<f64> {
        (self.first..=self.last)
            .map(|i| i as f64 * self.step)
            .collect()
    }

    /// A tick's label: as many decimals as the step needs, or `2e-4` style
    /// for small steps and large values.
    pub fn label(&self, v: f64) -> String {
        let big = self.lo().abs().max(self.hi().abs()) >= 1e5;
        tick_label(v, self.step, self.step < 1e-2 || big)
    }
}

/// `raw` rounded to 1, 2, 5 or 10 times a power of ten (Heckbert's nice
/// numbers), so an axis gets about `TICKS` (3 to 8) intervals.
fn nice_step(raw: f64) -> f64 {
    let base = 10f64.powf(raw.log10().floor());
    let f = raw / base;
    let m = if f < 1.5 {
        1.0
    } else if f < 3.0 {
        2.0
    } else if f < 7.0 {
        5.0
    } else {
        10.0
    };
    m * base
}

fn tick_label(v: f64, step: f64, scientific: bool) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let step_exp = step.log10().floor() as i32;
    if !scientific {
        return format!("{:.*}", (-step_exp).max(0) as usize, v);
    }
    let digits = (v.abs().log10().floor() as i32 - step_exp).max(0) as usize;
    trim_mantissa(&format!("{v:.digits$e}"))
}

/// `6.00e-4` -> `6e-4`, `1.50e3` -> `1.5e3`.
fn trim_mantissa(s: &str) -> String {
    match s.split_once('e') {
        Some((m, e)) if m.contains('.') => {
            format!("{}e{e}", m.trim_end_matches('0').trim_end_matches('.'))
        }
        _ => s.to_string(),
    }
}

/// A value with about 4 significant digits and no trailing zeros: `85.6`,
/// `0.8123`, `1.25e-4`.
pub fn compact(v: f64) -> String {
    if !v.is_finite() || v == 0.0 {
        return format!("{v}");
    }
    let exp = v.abs().log10().floor() as i32;
    if !(-3..5).contains(&exp) {
        return trim_mantissa(&format!("{v:.3e}"));
    }
    let s = format!("{:.*}", (3 - exp).max(0) as usize, v);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_data() {
        let a = Axis::nice(0.13, 0.87, false);
        assert_eq!(a.step, 0.1);
        assert!(a.lo() <= 0.13 && a.hi() >= 0.87);
        let labels: Vec<String> = a.ticks().iter().map(|&v| a.label(v)).collect();
        assert_eq!(
            labels,
            ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"]
        );
        let b = Axis::nice(3.0, 97.0, false);
        assert_eq!((b.lo(), b.hi(), b.step), (0.0, 100.0, 20.0));
    }

    #[test]
    fn learning_rates_are_labelled_in_exponent_style() {
        let a = Axis::nice(0.0, 1e-3, false);
        let labels: Vec<String> = a.ticks().iter().map(|&v| a.label(v)).collect();
        assert_eq!(labels, ["0", "2e-4", "4e-4", "6e-4", "8e-4", "1e-3"]);
    }

    /// Values as wide apart as f64 allows still get finite ticks and
    /// positions (no NaN in the chart).
    #[test]
    fn the_widest_ranges_do_not_overflow() {
        let a = Axis::nice(-1e308, 1e308, false);
        assert!(
            a.step.is_finite() && a.lo() <= -1e308 && a.hi() >= 1e308,
            "{a:?}"
        );
        for v in [-1e308, 0.0, 1e308] {
            let f = a.fraction(v);
            assert!((0.0..=1.0).contains(&f), "{v}: {f}");
        }
        assert_eq!(Axis::nice(0.0, 10.0, false).fraction(5.0), 0.5);
    }

    #[test]
    fn integer_axes_and_empty_ranges() {
        let a = Axis::nice(1.0, 3.0, true);
        assert_eq!(a.step, 1.0);
        let single = Axis::nice(5.0, 5.0, false);
        assert!(single.lo() < 5.0 && single.hi() > 5.0);
        // Too narrow for a normal step: widened, a handful of ticks.
        for (lo, hi) in [(0.0, 1e-323), (1e-310, 2e-310), (1.0, 1.0 + f64::EPSILON)] {
            let a = Axis::nice(lo, hi, false);
            assert!(
                a.step.is_normal() && a.ticks().len() < 12,
                "{lo} {hi}: {a:?}"
            );
            assert!(a.lo() <= lo && a.hi() >= hi, "{lo} {hi}: {a:?}");
        }
    }

    #[test]
    fn compact_numbers() {
        assert_eq!(compact(85.6), "85.6");
        assert_eq!(compact(0.81234), "0.8123");
        assert_eq!(compact(1.25e-4), "1.25e-4");
        assert_eq!(compact(2.0), "2");
        assert_eq!(compact(123456.0), "1.235e5");
    }
}
