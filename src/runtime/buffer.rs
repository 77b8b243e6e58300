//! Device buffers.

use super::element::{Element, ElementType};
use super::ffi::BufferHandle;
use super::tensor::{HostTensor, TensorSpec};
use crate::error::{Error, Result};

/// An array on one device; released when dropped.
pub struct Buffer {
    handle: BufferHandle,
    spec: TensorSpec,
    device: usize,
}

impl Buffer {
    pub(super) fn new(handle: BufferHandle, spec: TensorSpec, device: usize) -> Self {
        Buffer {
            handle,
            spec,
            device,
        }
    }

    /// Wraps an execution output, reading its type, shape and device.
    pub(super) fn from_output(handle: BufferHandle) -> Result<Self> {
        let code = handle.element_type()?;
        let ty = ElementType::from_pjrt_code(code).ok_or_else(|| {
            Error::invalid(format!(
                "output has element type code {code}, which ruse does not handle"
            ))
        })?;
        let spec = TensorSpec {
            ty,
            dims: handle.dimensions()?,
        };
        let device = handle.device_index()?;
        Ok(Buffer::new(handle, spec, device))
    }

    pub(super) fn handle(&self) -> &BufferHandle {
        &self.handle
    }

    pub fn spec(&self) -> &TensorSpec {
        &self.spec
    }

    /// Index of the device (in the client's device list) holding the buffer.
    pub fn device(&self) -> usize {
        self.device
    }

    /// Whether the buffer was donated to an execution (or deleted).
    pub fn is_deleted(&self) -> Result<bool> {
        self.handle.is_deleted()
    }

    pub fn on_device_size(&self) -> Result<usize> {
        self.handle.on_device_size()
    }

    /// Copies the buffer to the host.
    pub fn to_host(&self) -> Result<HostTensor> {
        if self.is_deleted()? {
            return Err(Error::invalid(format!(
                "cannot read a {} buffer that was donated to an execution",
                self.spec
            )));
        }
        HostTensor::from_bytes(self.spec.clone(), self.handle.to_host()?)
    }

    /// Copies the buffer to the host as a vector of `T`.
    pub fn to_vec<T: Element>(&self) -> Result<Vec<T>> {
        self.to_host()?.to_vec()
    }
}

impl std::fmt::Debug for Buffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Buffer({} on device {})", self.spec, self.device)
    }
}
