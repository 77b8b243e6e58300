//! A small SVG 1.1 line chart written as text: a title, axis titles, nice
//! round ticks with grid lines, one polyline per series (faint, dashed or with
//! markers) and a legend to the right of the plot. Rendering is a pure
//! function of the chart, and numbers are printed with fixed precision, so the
//! same chart is always the same bytes.

use super::axis::Axis;

/// Plot area, in pixels.
const PLOT_W: f64 = 640.0;
const PLOT_H: f64 = 360.0;
/// Margins around the plot area; the legend widens the right one.
const LEFT: f64 = 84.0;
const TOP: f64 = 64.0;
const BOTTOM: f64 = 64.0;
const RIGHT: f64 = 24.0;
/// Rough width of a character of the 12 px legend font, for sizing the legend.
const CHAR_W: f64 = 7.0;

/// How one series is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Style {
    /// Stroke and marker colour, `#rrggbb`.
    pub colour: String,
    /// Line width in pixels.
    pub width: f64,
    /// Stroke opacity in [0, 1]: raw points are drawn faint.
    pub opacity: f64,
    /// An SVG dash pattern such as `"6 3"`; `None` draws a solid line.
    pub dash: Option<String>,
    /// A circle at every point (a series of one point always gets one).
    pub markers: bool,
    /// Whether the series has a legend entry.
    pub legend: bool,
}

/// A named series of `(x, y)` points, drawn in the given order.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub points: Vec<(f64, f64)>,
    pub style: Style,
}

/// A line chart. Non-finite points are left out when it is rendered.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub title: String,
    /// A smaller line under the title (e.g. how the lines were smoothed).
    pub subtitle: Option<String>,
    pub x_label: String,
    pub y_label: String,
    /// Integer x ticks only (steps).
    pub integer_x: bool,
    pub series: Vec<Series>,
}

/// Text for SVG content and attribute values.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// The plot area and the data-to-pixel map.
struct Frame {
    x: Axis,
    y: Axis,
    width: f64,
}

impl Frame {
    fn px(&self, x: f64) -> f64 {
        LEFT + self.x.fraction(x) * PLOT_W
    }

    fn py(&self, y: f64) -> f64 {
        TOP + PLOT_H - self.y.fraction(y) * PLOT_H
    }
}

impl Chart {
    /// The chart as a standalone SVG 1.1 document.
    pub fn render(&self) -> String {
        let frame = self.frame();
        let height = TOP + PLOT_H + BOTTOM;
        let mut out = vec![
            r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>"#.to_string(),
            r#"<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">"#.to_string(),
            format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w:.0}" height="{height:.0}" viewBox="0 0 {w:.0} {height:.0}" font-family="sans-serif">"#,
                w = frame.width
            ),
            format!("<title>{}</title>", escape(&self.title)),
            r#"<rect x="0" y="0" width="100%" height="100%" fill="white"/>"#.to_string(),
        ];
        out.extend(self.titles());
        out.extend(axes(&frame));
        for s in &self.series {
            out.extend(series(&frame, s));
        }
        out.extend(self.legend());
        out.push("</svg>".into());
        out.join("\n") + "\n"
    }

    fn finite_points(&self) -> impl Iterator<Item = (f64, f64)> + '_ {
        self.series
            .iter()
            .flat_map(|s| s.points.iter().copied())
            .filter(|(x, y)| x.is_finite() && y.is_finite())
    }

    fn frame(&self) -> Frame {
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for (x, y) in self.finite_points() {
            (x0, x1, y0, y1) = (x0.min(x), x1.max(x), y0.min(y), y1.max(y));
        }
        if x0 > x1 {
            (x0, x1, y0, y1) = (0.0, 1.0, 0.0, 1.0);
        }
        Frame {
            x: Axis::nice(x0, x1, self.integer_x),
            y: Axis::nice(y0, y1, false),
            width: LEFT + PLOT_W + RIGHT + self.legend_width(),
        }
    }

    fn titles(&self) -> Vec<String> {
        let mid = LEFT + PLOT_W / 2.0;
        let mut out = vec![format!(
            r#"<text x="{mid:.1}" y="26" font-size="16" font-weight="bold" text-anchor="middle">{}</text>"#,
            escape(&self.title)
        )];
        if let Some(sub) = &self.subtitle {
            out.push(format!(
                r##"<text x="{mid:.1}" y="46" font-size="12" fill="#555555" text-anchor="middle">{}</text>"##,
                escape(sub)
            ));
        }
        out.push(format!(
            r#"<text x="{mid:.1}" y="{:.1}" font-size="13" text-anchor="middle">{}</text>"#,
            TOP + PLOT_H + 50.0,
            escape(&self.x_label)
        ));
        let (yx, yy) = (20.0, TOP + PLOT_H / 2.0);
        out.push(format!(
            r#"<text x="{yx:.1}" y="{yy:.1}" font-size="13" text-anchor="middle" transform="rotate(-90 {yx:.1} {yy:.1})">{}</text>"#,
            escape(&self.y_label)
        ));
        out
    }

    fn legend_entries(&self) -> impl Iterator<Item = &Series> {
        self.series.iter().filter(|s| s.style.legend)
    }

    fn legend_width(&self) -> f64 {
        let chars = self.legend_entries().map(|s| s.name.chars().count()).max();
        chars.map_or(0.0, |n| 16.0 + 28.0 + 8.0 + CHAR_W * n as f64)
    }

    fn legend(&self) -> Vec<String> {
        let x0 = LEFT + PLOT_W + RIGHT;
        let mut out = vec![r#"<g class="legend" font-size="12">"#.to_string()];
        for (i, s) in self.legend_entries().enumerate() {
            let y = TOP + 8.0 + 20.0 * i as f64;
            let st = &s.style;
            out.push(format!(
                r#"<line x1="{x0:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{}" stroke-width="{:.1}"{}/>"#,
                x0 + 28.0,
                st.colour,
                st.width.clamp(1.5, 3.0),
                dash_attr(st)
            ));
            if st.markers {
                out.push(circle(x0 + 14.0, y, &st.colour));
            }
            out.push(format!(
                r#"<text x="{:.1}" y="{:.1}">{}</text>"#,
                x0 + 36.0,
                y + 4.0,
                escape(&s.name)
            ));
        }
        out.push("</g>".into());
        out
    }
}

fn dash_attr(st: &Style) -> String {
    st.dash
        .as_ref()
        .map(|d| format!(r#" stroke-dasharray="{}""#, escape(d)))
        .unwrap_or_default()
}

fn circle(x: f64, y: f64, colour: &str) -> String {
    format!(r#"<circle cx="{x:.2}" cy="{y:.2}" r="3" fill="{colour}"/>"#)
}

/// The plot frame, grid lines, ticks and tick labels of both axes.
fn axes(f: &Frame) -> Vec<String> {
    let (bottom, right) = (TOP + PLOT_H, LEFT + PLOT_W);
    let mut out = vec![r##"<g class="axes" font-size="11" stroke-width="1">"##.to_string()];
    for v in f.x.ticks() {
        let x = f.px(v);
        out.push(format!(
            r##"<line x1="{x:.2}" y1="{TOP:.1}" x2="{x:.2}" y2="{bottom:.1}" stroke="#e6e6e6"/>"##
        ));
        out.push(format!(
            r#"<text x="{x:.2}" y="{:.1}" text-anchor="middle">{}</text>"#,
            bottom + 18.0,
            escape(&f.x.label(v))
        ));
    }
    for v in f.y.ticks() {
        let y = f.py(v);
        out.push(format!(
            r##"<line x1="{LEFT:.1}" y1="{y:.2}" x2="{right:.1}" y2="{y:.2}" stroke="#e6e6e6"/>"##
        ));
        out.push(format!(
            r#"<text x="{:.1}" y="{:.2}" text-anchor="end">{}</text>"#,
            LEFT - 8.0,
            y + 4.0,
            escape(&f.y.label(v))
        ));
    }
    out.push(format!(
        r##"<rect x="{LEFT:.1}" y="{TOP:.1}" width="{PLOT_W:.1}" height="{PLOT_H:.1}" fill="none" stroke="#333333"/>"##
    ));
    out.push("</g>".into());
    out
}

/// One series: a group with its name, one polyline and its markers.
fn series(f: &Frame, s: &Series) -> Vec<String> {
    let pts: Vec<(f64, f64)> = s
        .points
        .iter()
        .filter(|(x, y)| x.is_finite() && y.is_finite())
        .map(|&(x, y)| (f.px(x), f.py(y)))
        .collect();
    let st = &s.style;
    let coords: Vec<String> = pts.iter().map(|(x, y)| format!("{x:.2},{y:.2}")).collect();
    let mut out = vec![
        r#"<g class="series">"#.to_string(),
        format!("<title>{}</title>", escape(&s.name)),
        format!(
            r#"<polyline fill="none" stroke="{}" stroke-width="{:.1}" stroke-opacity="{:.2}" stroke-linejoin="round"{} points="{}"/>"#,
            st.colour,
            st.width,
            st.opacity,
            dash_attr(st),
            coords.join(" ")
        ),
    ];
    if st.markers || pts.len() == 1 {
        out.extend(pts.iter().map(|&(x, y)| circle(x, y, &st.colour)));
    }
    out.push("</g>".into());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
