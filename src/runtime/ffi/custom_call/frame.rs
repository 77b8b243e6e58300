//! The XLA FFI call frame that the plugin hands `ruse_dot`: its operand and
//! result buffers, attributes and the API table for errors. The plugin's
//! header does not declare these structs, so they are written here from
//! XLA's documented C layouts (`xla/ffi/api/c_api.h`, FFI API 0.1).

use std::ffi::{c_char, c_int, c_void};

#[repr(C)]
pub(super) struct XlaExtensionBase {
    pub(super) struct_size: usize,
    pub(super) kind: c_int,
    pub(super) next: *mut XlaExtensionBase,
}

pub(super) const XLA_EXTENSION_METADATA: c_int = 1;

#[repr(C)]
pub(super) struct XlaApiVersion {
    pub(super) struct_size: usize,
    pub(super) extension_start: *mut XlaExtensionBase,
    pub(super) major: c_int,
    pub(super) minor: c_int,
}

/// The version of the XLA FFI API this handler is written against.
pub(super) const XLA_FFI_MAJOR: c_int = 0;
pub(super) const XLA_FFI_MINOR: c_int = 1;

#[repr(C)]
pub(super) struct XlaMetadata {
    pub(super) struct_size: usize,
    pub(super) api_version: XlaApiVersion,
    pub(super) traits: u32,
}

#[repr(C)]
pub(super) struct XlaMetadataExtension {
    pub(super) base: XlaExtensionBase,
    pub(super) metadata: *mut XlaMetadata,
}

#[repr(C)]
pub(super) struct XlaErrorCreateArgs {
    pub(super) struct_size: usize,
    pub(super) extension_start: *mut XlaExtensionBase,
    pub(super) message: *const c_char,
    pub(super) code: c_int,
}

pub(super) type XlaErrorCreate = unsafe extern "C" fn(args: *mut XlaErrorCreateArgs) -> *mut c_void;

/// The head of `XLA_FFI_Api`: only what is read here.
#[repr(C)]
pub(super) struct XlaApi {
    pub(super) struct_size: usize,
    pub(super) extension_start: *mut XlaExtensionBase,
    pub(super) api_version: XlaApiVersion,
    pub(super) internal_api: *mut c_void,
    pub(super) error_create: Option<XlaErrorCreate>,
}

pub(super) const XLA_DTYPE_F32: c_int = 11;
pub(super) const XLA_DTYPE_S64: c_int = 5;
pub(super) const XLA_ARG_BUFFER: c_int = 1;
pub(super) const XLA_RET_BUFFER: c_int = 1;
pub(super) const XLA_ATTR_ARRAY: c_int = 1;
pub(super) const XLA_STAGE_EXECUTE: c_int = 3;
pub(super) const XLA_ERROR_INVALID_ARGUMENT: c_int = 3;

#[repr(C)]
pub(super) struct XlaBuffer {
    pub(super) struct_size: usize,
    pub(super) extension_start: *mut XlaExtensionBase,
    pub(super) dtype: c_int,
    pub(super) data: *mut c_void,
    pub(super) rank: i64,
    pub(super) dims: *const i64,
}

#[repr(C)]
pub(super) struct XlaList {
    pub(super) struct_size: usize,
    pub(super) extension_start: *mut XlaExtensionBase,
    pub(super) size: i64,
    pub(super) types: *const c_int,
    pub(super) items: *const *mut c_void,
}

#[repr(C)]
pub(super) struct XlaByteSpan {
    pub(super) ptr: *const c_char,
    pub(super) len: usize,
}

#[repr(C)]
pub(super) struct XlaAttrs {
    pub(super) struct_size: usize,
    pub(super) extension_start: *mut XlaExtensionBase,
    pub(super) size: i64,
    pub(super) types: *const c_int,
    pub(super) names: *const *const XlaByteSpan,
    pub(super) attrs: *const *mut c_void,
}

#[repr(C)]
pub(super) struct XlaArray {
    pub(super) dtype: c_int,
    pub(super) size: usize,
    pub(super) data: *const c_void,
}

#[repr(C)]
pub(super) struct XlaCallFrame {
    pub(super) struct_size: usize,
    pub(super) extension_start: *mut XlaExtensionBase,
    pub(super) api: *const XlaApi,
    pub(super) ctx: *mut c_void,
    pub(super) stage: c_int,
    pub(super) args: XlaList,
    pub(super) rets: XlaList,
    pub(super) attrs: XlaAttrs,
    pub(super) future: *mut c_void,
}
