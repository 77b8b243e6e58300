//! `PJRT_Buffer`: an array on one device, destroyed on drop.

use std::sync::Arc;

use super::{args, pjrt_call, sys, ClientHandle, Event};
use crate::error::{Error, Result};

/// An owned device buffer. It keeps its client alive.
pub struct BufferHandle {
    pub(super) client: Arc<ClientHandle>,
    pub(super) ptr: *mut sys::PJRT_Buffer,
}

// SAFETY: PJRT buffers may be used from any thread.
unsafe impl Send for BufferHandle {}
unsafe impl Sync for BufferHandle {}

impl Drop for BufferHandle {
    fn drop(&mut self) {
        let mut a: sys::PJRT_Buffer_Destroy_Args = args();
        a.buffer = self.ptr;
        let _ = pjrt_call!(&self.client.api, PJRT_Buffer_Destroy, &mut a);
    }
}

impl BufferHandle {
    /// The `PJRT_Buffer_Type` code of the elements.
    pub fn element_type(&self) -> Result<u32> {
        let mut a: sys::PJRT_Buffer_ElementType_Args = args();
        a.buffer = self.ptr;
        pjrt_call!(&self.client.api, PJRT_Buffer_ElementType, &mut a)?;
        Ok(a.type_)
    }

    pub fn dimensions(&self) -> Result<Vec<i64>> {
        let mut a: sys::PJRT_Buffer_Dimensions_Args = args();
        a.buffer = self.ptr;
        pjrt_call!(&self.client.api, PJRT_Buffer_Dimensions, &mut a)?;
        if a.num_dims == 0 {
            return Ok(Vec::new());
        }
        // SAFETY: `dims` points to `num_dims` values owned by the buffer.
        Ok(unsafe { std::slice::from_raw_parts(a.dims, a.num_dims) }.to_vec())
    }

    /// Whether the buffer was deleted or donated to an execution.
    pub fn is_deleted(&self) -> Result<bool> {
        let mut a: sys::PJRT_Buffer_IsDeleted_Args = args();
        a.buffer = self.ptr;
        pjrt_call!(&self.client.api, PJRT_Buffer_IsDeleted, &mut a)?;
        Ok(a.is_deleted)
    }

    /// Index of the buffer's device in the client's device list.
    pub fn device_index(&self) -> Result<usize> {
        let mut a: sys::PJRT_Buffer_Device_Args = args();
        a.buffer = self.ptr;
        pjrt_call!(&self.client.api, PJRT_Buffer_Device, &mut a)?;
        self.client
            .device_index(a.device)
            .ok_or_else(|| Error::invalid("buffer lives on a device the client does not address"))
    }

    pub fn on_device_size(&self) -> Result<usize> {
        let mut a: sys::PJRT_Buffer_OnDeviceSizeInBytes_Args = args();
        a.buffer = self.ptr;
        pjrt_call!(&self.client.api, PJRT_Buffer_OnDeviceSizeInBytes, &mut a)?;
        Ok(a.on_device_size_in_bytes)
    }

    /// Copies the buffer to the host as dense row-major bytes.
    pub fn to_host(&self) -> Result<Vec<u8>> {
        let api = &self.client.api;
        let mut query: sys::PJRT_Buffer_ToHostBuffer_Args = args();
        query.src = self.ptr;
        pjrt_call!(api, PJRT_Buffer_ToHostBuffer, &mut query)?;
        let mut out = vec![0u8; query.dst_size];
        let mut a: sys::PJRT_Buffer_ToHostBuffer_Args = args();
        a.src = self.ptr;
        a.dst = out.as_mut_ptr().cast();
        a.dst_size = out.len();
        pjrt_call!(api, PJRT_Buffer_ToHostBuffer, &mut a)?;
        // `out` must stay alive until the copy event is ready.
        Event { api, ptr: a.event }.wait("PJRT_Buffer_ToHostBuffer")?;
        Ok(out)
    }
}
