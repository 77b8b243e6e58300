//! The serialized `xla.CompileOptionsProto` that `PJRT_Client_Compile` takes.
//!
//! Only the fields ruse sets are encoded, by hand (protobuf wire format), to
//! avoid a protobuf dependency for six bytes:
//! `CompileOptionsProto.executable_build_options` (field 3) holding
//! `ExecutableBuildOptionsProto.num_replicas` (field 4) and
//! `num_partitions` (field 5).

const WIRE_VARINT: u64 = 0;
const WIRE_LEN: u64 = 2;

fn varint(mut x: u64, out: &mut Vec<u8>) {
    loop {
        let byte = (x & 0x7f) as u8;
        x >>= 7;
        if x == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn key(field: u64, wire: u64, out: &mut Vec<u8>) {
    varint((field << 3) | wire, out);
}

/// Options for one compilation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CompileOptions {
    pub num_replicas: usize,
    pub num_partitions: usize,
}

impl Default for CompileOptions {
    fn default() -> Self {
        CompileOptions {
            num_replicas: 1,
            num_partitions: 1,
        }
    }
}

impl CompileOptions {
    pub fn replicas(num_replicas: usize) -> Self {
        CompileOptions {
            num_replicas,
            ..Self::default()
        }
    }

    /// The serialized `CompileOptionsProto`.
    pub fn to_proto(&self) -> Vec<u8> {
        let mut build = Vec::new();
        key(4, WIRE_VARINT, &mut build);
        varint(self.num_replicas as u64, &mut build);
        key(5, WIRE_VARINT, &mut build);
        varint(self.num_partitions as u64, &mut build);
        let mut out = Vec::new();
        key(3, WIRE_LEN, &mut out);
        varint(build.len() as u64, &mut out);
        out.extend_from_slice(&build);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_replicas_encode_as_verified_bytes() {
        // The bytes pjrt.md records as accepted by the CPU plugin.
        assert_eq!(
            CompileOptions::replicas(4).to_proto(),
            [0x1a, 0x04, 0x20, 0x04, 0x28, 0x01]
        );
    }

    #[test]
    fn large_replica_counts_use_multibyte_varints() {
        assert_eq!(
            CompileOptions::replicas(300).to_proto(),
            [0x1a, 0x05, 0x20, 0xac, 0x02, 0x28, 0x01]
        );
    }
}
