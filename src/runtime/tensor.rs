//! Host tensors: dense row-major data with an element type and a shape.

use std::fmt;

use ndarray::{ArrayD, IxDyn};

use super::element::{Element, ElementType};
use crate::error::{Error, Result};

/// An element type and a shape: `f32[2,3]`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TensorSpec {
    pub ty: ElementType,
    pub dims: Vec<i64>,
}

impl TensorSpec {
    pub fn new(ty: ElementType, dims: &[i64]) -> Self {
        TensorSpec {
            ty,
            dims: dims.to_vec(),
        }
    }

    /// The number of elements; `usize::MAX` where that does not fit (or a
    /// dimension is negative), so that a malformed shape read from a file
    /// never matches any real data length instead of wrapping around.
    pub fn element_count(&self) -> usize {
        self.checked_byte_size_of(1).unwrap_or(usize::MAX)
    }

    /// The size in bytes; `usize::MAX` where that does not fit.
    pub fn byte_size(&self) -> usize {
        self.checked_byte_size_of(self.ty.size())
            .unwrap_or(usize::MAX)
    }

    /// The element count times `unit`, or `None` on a negative dimension or
    /// an overflow.
    fn checked_byte_size_of(&self, unit: usize) -> Option<usize> {
        self.dims.iter().try_fold(unit, |acc, d| {
            usize::try_from(*d).ok().and_then(|d| acc.checked_mul(d))
        })
    }

    /// The StableHLO type, e.g. `tensor<2x3xf32>`.
    pub fn mlir_type(&self) -> String {
        let mut s = String::from("tensor<");
        for d in &self.dims {
            s.push_str(&format!("{d}x"));
        }
        s.push_str(self.ty.mlir_name());
        s.push('>');
        s
    }
}

impl fmt::Display for TensorSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dims: Vec<String> = self.dims.iter().map(i64::to_string).collect();
        write!(f, "{}[{}]", self.ty, dims.join(","))
    }
}

/// A dense row-major array on the host, in little-endian bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct HostTensor {
    spec: TensorSpec,
    data: Vec<u8>,
}

impl HostTensor {
    /// A tensor of `dims` from row-major `data`.
    pub fn new<T: Element>(data: &[T], dims: &[i64]) -> Result<Self> {
        let spec = TensorSpec::new(T::TYPE, dims);
        check_dims(&spec)?;
        if spec.element_count() != data.len() {
            return Err(Error::ShapeMismatch {
                op: "HostTensor::new".into(),
                lhs: format!("{} elements of data", data.len()),
                rhs: format!("shape {spec} ({} elements)", spec.element_count()),
            });
        }
        let mut bytes = Vec::with_capacity(spec.byte_size());
        for x in data {
            x.write_le(&mut bytes);
        }
        Ok(HostTensor { spec, data: bytes })
    }

    pub fn scalar<T: Element>(value: T) -> Self {
        let mut data = Vec::new();
        value.write_le(&mut data);
        HostTensor {
            spec: TensorSpec::new(T::TYPE, &[]),
            data,
        }
    }

    /// A tensor from an ndarray of any layout (copied in logical order).
    pub fn from_array<T: Element, D: ndarray::Dimension>(array: &ndarray::Array<T, D>) -> Self {
        let dims: Vec<i64> = array.shape().iter().map(|d| *d as i64).collect();
        let mut data = Vec::with_capacity(array.len() * T::TYPE.size());
        for x in array.iter() {
            x.write_le(&mut data);
        }
        HostTensor {
            spec: TensorSpec::new(T::TYPE, &dims),
            data,
        }
    }

    /// A tensor from raw little-endian bytes.
    pub fn from_bytes(spec: TensorSpec, data: Vec<u8>) -> Result<Self> {
        check_dims(&spec)?;
        if data.len() != spec.byte_size() {
            return Err(Error::ShapeMismatch {
                op: "HostTensor::from_bytes".into(),
                lhs: format!("{} bytes", data.len()),
                rhs: format!("{spec} ({} bytes)", spec.byte_size()),
            });
        }
        Ok(HostTensor { spec, data })
    }

    pub fn spec(&self) -> &TensorSpec {
        &self.spec
    }

    pub fn element_type(&self) -> ElementType {
        self.spec.ty
    }

    pub fn dims(&self) -> &[i64] {
        &self.spec.dims
    }

    pub fn bytes(&self) -> &[u8] {
        &self.data
    }

    /// The elements as `T`; an error if `T` is not the tensor's type.
    pub fn to_vec<T: Element>(&self) -> Result<Vec<T>> {
        if T::TYPE != self.spec.ty {
            return Err(Error::invalid(format!(
                "cannot view a {} tensor as {}",
                self.spec,
                T::TYPE
            )));
        }
        Ok(self
            .data
            .chunks_exact(T::TYPE.size())
            .map(T::read_le)
            .collect())
    }

    /// The elements as an n-dimensional array of `T`.
    pub fn to_array<T: Element>(&self) -> Result<ArrayD<T>> {
        let shape: Vec<usize> = self.spec.dims.iter().map(|d| *d as usize).collect();
        ArrayD::from_shape_vec(IxDyn(&shape), self.to_vec()?)
            .map_err(|e| Error::invalid(format!("tensor {}: {e}", self.spec)))
    }

    /// The single element of a scalar (or one-element) tensor.
    pub fn to_scalar<T: Element>(&self) -> Result<T> {
        let v = self.to_vec::<T>()?;
        match v.as_slice() {
            [x] => Ok(*x),
            _ => Err(Error::invalid(format!(
                "tensor {} is not a scalar",
                self.spec
            ))),
        }
    }
}

fn check_dims(spec: &TensorSpec) -> Result<()> {
    if spec.dims.iter().any(|d| *d < 0) {
        return Err(Error::invalid(format!(
            "negative dimension in shape {spec}"
        )));
    }
    if spec.checked_byte_size_of(spec.ty.size()).is_none() {
        return Err(Error::invalid(format!(
            "shape {spec} has more bytes than this machine can address"
        )));
    }
    Ok(())
}
