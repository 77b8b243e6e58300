//! ruse's matrix-product kernel as an XLA typed-FFI custom call on the CPU
//! plugin (see `runtime/host_dot.rs` for what it takes and why).
//!
//! The plugin's FFI extension (`PJRT_Extension_Type_FFI`, version 3 in the
//! 0.81 plugin) registers a handler for a target name; a program's
//! `stablehlo.custom_call @ruse_dot(...) {api_version = 4}` then calls it
//! with an XLA FFI call frame: its operand and result buffers (dtype, data,
//! dimensions) and its attributes. The plugin's header ships neither of
//! those structs, so they are declared here and in `frame.rs`, by their
//! documented layouts.

use std::ffi::{c_char, c_void};
use std::sync::OnceLock;

use rayon::prelude::*;

use super::{sys, Api};
use crate::error::{Error, Result};
use crate::graph::DotDims;
use crate::runtime::host_dot::{self, DotPlan};

mod frame;
use frame::*;

// --- the PJRT FFI extension ------------------------------------------------

#[repr(C)]
struct PjrtFfiRegisterHandlerArgs {
    struct_size: usize,
    target_name: *const c_char,
    target_name_size: usize,
    handler: *mut c_void,
    platform_name: *const c_char,
    platform_name_size: usize,
    traits: u32,
}

type PjrtFfiRegisterHandler =
    unsafe extern "C" fn(args: *mut PjrtFfiRegisterHandlerArgs) -> *mut sys::PJRT_Error;

#[repr(C)]
struct PjrtFfiExtension {
    base: sys::PJRT_Extension_Base,
    type_register: *const c_void,
    user_data_add: *const c_void,
    register_handler: Option<PjrtFfiRegisterHandler>,
}

impl Api {
    fn ffi_extension(&self) -> Option<&PjrtFfiExtension> {
        let mut ext = self.table().extension_start;
        while !ext.is_null() {
            // SAFETY: the plugin's extension chain is a list of live,
            // immutable structs, each starting with `PJRT_Extension_Base`.
            let base = unsafe { &*ext };
            if base.type_ == sys::PJRT_Extension_Type_FFI
                && base.struct_size >= std::mem::size_of::<PjrtFfiExtension>()
            {
                // SAFETY: an FFI extension of at least our struct's size.
                return Some(unsafe { &*ext.cast::<PjrtFfiExtension>() });
            }
            ext = base.next;
        }
        None
    }

    /// Registers ruse's `dot_general` kernel as the custom-call target
    /// [`host_dot::TARGET`] on `platform`, once per process (XLA's handler
    /// registry is global to the plugin library, and a process loads one
    /// CPU plugin); later calls return the first one's outcome.
    pub fn register_host_dot(&self, platform: &str) -> Result<()> {
        static DONE: OnceLock<std::result::Result<(), String>> = OnceLock::new();
        let done = DONE.get_or_init(|| {
            let ext = self
                .ffi_extension()
                .ok_or("the plugin has no FFI extension")?;
            let register = ext
                .register_handler
                .ok_or("the plugin's FFI extension cannot register handlers")?;
            let mut a = PjrtFfiRegisterHandlerArgs {
                struct_size: std::mem::offset_of!(PjrtFfiRegisterHandlerArgs, traits)
                    + std::mem::size_of::<u32>(),
                target_name: host_dot::TARGET.as_ptr().cast(),
                target_name_size: host_dot::TARGET.len(),
                handler: ruse_dot as *mut c_void,
                platform_name: platform.as_ptr().cast(),
                platform_name_size: platform.len(),
                traits: 0,
            };
            // SAFETY: the arguments are valid for the call; the strings are
            // copied by the plugin.
            let err = unsafe { register(&mut a) };
            self.check("PJRT_FFI_Register_Handler", err)
                .map_err(|e| e.to_string())
        });
        done.clone().map_err(|message| Error::Pjrt {
            call: "PJRT_FFI_Register_Handler",
            message,
            unimplemented: true,
        })
    }
}

/// An XLA FFI error with `message`, or null when the frame has no API.
///
/// # Safety
/// `frame.api` must be null or XLA's live API table.
unsafe fn error(frame: &XlaCallFrame, message: &str) -> *mut c_void {
    let Some(api) = frame.api.as_ref() else {
        return std::ptr::null_mut();
    };
    let Some(create) = api.error_create else {
        return std::ptr::null_mut();
    };
    let message = std::ffi::CString::new(format!("ruse_dot: {message}")).unwrap_or_default();
    let mut a = XlaErrorCreateArgs {
        struct_size: std::mem::size_of::<XlaErrorCreateArgs>(),
        extension_start: std::ptr::null_mut(),
        message: message.as_ptr(),
        code: XLA_ERROR_INVALID_ARGUMENT,
    };
    create(&mut a)
}

/// One f32 buffer of the frame: data and dimensions.
///
/// # Safety
/// `ptr` must point to a live `XLA_FFI_Buffer`.
unsafe fn buffer(ptr: *mut c_void) -> std::result::Result<(*mut f32, Vec<i64>), String> {
    let b = &*ptr.cast::<XlaBuffer>();
    if b.dtype != XLA_DTYPE_F32 {
        return Err(format!("element type {} is not f32", b.dtype));
    }
    let dims = if b.rank == 0 {
        Vec::new()
    } else {
        std::slice::from_raw_parts(b.dims, b.rank as usize).to_vec()
    };
    Ok((b.data.cast(), dims))
}

/// The dimension numbers and the replica count from the frame's attributes.
///
/// # Safety
/// `attrs` must be a live `XLA_FFI_Attrs`.
unsafe fn attributes(attrs: &XlaAttrs) -> std::result::Result<(DotDims, usize), String> {
    let mut dims = DotDims::default();
    let mut replicas = vec![1];
    for i in 0..attrs.size.max(0) as usize {
        let name = &**attrs.names.add(i);
        let name = std::slice::from_raw_parts(name.ptr.cast::<u8>(), name.len);
        let slot = if name == host_dot::REPLICAS.as_bytes() {
            &mut replicas
        } else {
            let Some(slot) = host_dot::attribute_slot(&mut dims, name) else {
                continue;
            };
            slot
        };
        if *attrs.types.add(i) != XLA_ATTR_ARRAY {
            return Err("an attribute is not an array".into());
        }
        let array = &*(*attrs.attrs.add(i)).cast::<XlaArray>();
        if array.size > 0 {
            if array.dtype != XLA_DTYPE_S64 {
                return Err("an attribute is not i64".into());
            }
            let xs = std::slice::from_raw_parts(array.data.cast::<i64>(), array.size);
            *slot = xs.iter().map(|&x| x as usize).collect();
        }
    }
    match replicas[..] {
        [r] if r >= 1 => Ok((dims, r)),
        _ => Err(format!(
            "{} must be one count of at least 1",
            host_dot::REPLICAS
        )),
    }
}

/// A pointer that may cross to rayon's threads: each task writes its own
/// disjoint block of the result.
#[derive(Clone, Copy)]
struct Shared(*mut f32);
unsafe impl Send for Shared {}
unsafe impl Sync for Shared {}

/// `C = A · B` for every batch of `plan`, spread over rayon's threads.
///
/// # Safety
/// `lhs`, `rhs` and `out` must hold `plan.lhs_len`, `plan.rhs_len` and
/// `plan.out_len` f32s, `out` not overlapping the others.
unsafe fn run(plan: &DotPlan, replicas: usize, lhs: *const f32, rhs: *const f32, out: *mut f32) {
    let (lhs, rhs, out) = (
        Shared(lhs as *mut f32),
        Shared(rhs as *mut f32),
        Shared(out),
    );
    let batches = plan.batch_count();
    // Replicas of one program run at once, each on its own thread: each
    // call spreads over its share of rayon's threads.
    let threads = (rayon::current_num_threads() / replicas.max(1)).max(1);
    let (m, k, n) = (plan.m, plan.k, plan.n);
    // One product's block: rows `r0..r1` and columns `c0..c1` of batch `b`.
    let block = move |b: usize, r0: usize, r1: usize, c0: usize, c1: usize| {
        let (lo, ro) = plan.batch_offsets(b);
        let (lhs, rhs, out) = (lhs, rhs, out);
        // SAFETY: every offset stays inside its operand by the plan's
        // strides; blocks of `out` are disjoint.
        unsafe {
            matrixmultiply::sgemm(
                r1 - r0,
                k,
                c1 - c0,
                1.0,
                lhs.0.offset(lo + r0 as isize * plan.lhs_m),
                plan.lhs_m,
                plan.lhs_k,
                rhs.0.offset(ro + c0 as isize * plan.rhs_n),
                plan.rhs_k,
                plan.rhs_n,
                0.0,
                out.0.add(b * m * n + r0 * n + c0),
                n as isize,
                1,
            )
        }
    };
    if threads == 1 {
        // On the calling thread: the replicas already keep the cores busy.
        for b in 0..batches {
            block(b, 0, m, 0, n);
        }
    } else if batches >= threads {
        (0..batches)
            .into_par_iter()
            .for_each(|b| block(b, 0, m, 0, n));
    } else if n >= m {
        let step = n.div_ceil(threads).next_multiple_of(16).min(n);
        (0..batches)
            .flat_map(|b| (0..n).step_by(step).map(move |c| (b, c)))
            .collect::<Vec<_>>()
            .into_par_iter()
            .for_each(|(b, c)| block(b, 0, m, c, (c + step).min(n)));
    } else {
        let step = m.div_ceil(threads).next_multiple_of(16).min(m);
        (0..batches)
            .flat_map(|b| (0..m).step_by(step).map(move |r| (b, r)))
            .collect::<Vec<_>>()
            .into_par_iter()
            .for_each(|(b, r)| block(b, r, (r + step).min(m), 0, n));
    }
}

/// The handler XLA calls: the metadata query at registration, then one
/// call per execution of the custom call.
unsafe extern "C" fn ruse_dot(frame: *mut XlaCallFrame) -> *mut c_void {
    let Some(frame) = frame.as_mut() else {
        return std::ptr::null_mut();
    };
    let mut ext = frame.extension_start;
    while let Some(e) = ext.as_ref() {
        if e.kind == XLA_EXTENSION_METADATA {
            let meta = &mut *(*ext.cast::<XlaMetadataExtension>()).metadata;
            meta.api_version.major = XLA_FFI_MAJOR;
            meta.api_version.minor = XLA_FFI_MINOR;
            meta.traits = 0;
            return std::ptr::null_mut();
        }
        ext = e.next;
    }
    if frame.stage != XLA_STAGE_EXECUTE {
        return std::ptr::null_mut();
    }
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| execute(frame))) {
        Ok(Ok(())) => std::ptr::null_mut(),
        Ok(Err(message)) => error(frame, &message),
        Err(_) => error(frame, "the kernel panicked"),
    }
}

/// # Safety
/// `frame` must be a live execute-stage call frame.
unsafe fn execute(frame: &XlaCallFrame) -> std::result::Result<(), String> {
    if frame.args.size != 2 || frame.rets.size != 1 {
        return Err("expects two operands and one result".into());
    }
    for i in 0..2 {
        if *frame.args.types.add(i) != XLA_ARG_BUFFER {
            return Err("an operand is not a buffer".into());
        }
    }
    if *frame.rets.types != XLA_RET_BUFFER {
        return Err("the result is not a buffer".into());
    }
    let (lhs, lhs_dims) = buffer(*frame.args.items)?;
    let (rhs, rhs_dims) = buffer(*frame.args.items.add(1))?;
    let (out, out_dims) = buffer(*frame.rets.items)?;
    let (dims, replicas) = attributes(&frame.attrs)?;
    let plan = host_dot::plan(&lhs_dims, &rhs_dims, &dims)
        .ok_or_else(|| format!("no plan for {lhs_dims:?} · {rhs_dims:?} with {dims:?}"))?;
    if out_dims.iter().product::<i64>() != plan.out_len as i64 {
        return Err(format!("result {out_dims:?} does not fit the product"));
    }
    run(&plan, replicas, lhs, rhs, out);
    Ok(())
}
