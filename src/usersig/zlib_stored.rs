//! A zlib stream of stored (uncompressed) DEFLATE blocks, laid out exactly as Go's
//! `compress/zlib` writes at `NoCompression`, the level the official Go library uses since
//! 2024-11: header `78 01`, non-final stored blocks of at most 65535 bytes, a final empty
//! stored block, then the Adler-32 of the data. Any zlib inflater reads it; writing it costs a
//! copy and a checksum, where deflate costs several microseconds per UserSig.

const MAX_BLOCK: usize = 65_535;

/// Appends the zlib stream holding `data` to `out`.
pub fn write(data: &[u8], out: &mut Vec<u8>) {
    out.reserve(data.len() + 11 + 5 * (data.len() / MAX_BLOCK));
    out.extend_from_slice(&[0x78, 0x01]);
    for block in data.chunks(MAX_BLOCK) {
        stored_block(out, false, block);
    }
    stored_block(out, true, &[]);
    out.extend_from_slice(&adler32(data).to_be_bytes());
}

fn stored_block(out: &mut Vec<u8>, last: bool, block: &[u8]) {
    // BFINAL bit, BTYPE 00; the header byte is already byte-aligned in a stored-only stream.
    out.push(u8::from(last));
    let len = block.len() as u16;
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&(!len).to_le_bytes());
    out.extend_from_slice(block);
}

/// RFC 1950 Adler-32.
fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65_521;
    // The largest run of bytes whose sums cannot overflow u32 before reducing (zlib's NMAX).
    const NMAX: usize = 5_552;
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(NMAX) {
        for &byte in chunk {
            a += u32::from(byte);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read as _;

    #[test]
    fn adler32_known_values() {
        assert_eq!(adler32(b""), 1);
        assert_eq!(adler32(b"Wikipedia"), 0x11e6_0398);
        assert_eq!(adler32(&vec![0xff; 100_000]), {
            // Reference: the sums computed without the NMAX shortcut, in u64.
            let (mut a, mut b) = (1u64, 0u64);
            for _ in 0..100_000 {
                a = (a + 0xff) % 65_521;
                b = (b + a) % 65_521;
            }
            ((b << 16) | a) as u32
        });
    }

    #[test]
    fn streams_inflate_back_to_their_data() {
        for len in [0, 1, 200, 65_535, 65_536, 140_000] {
            let data: Vec<u8> = (0..len).map(|i| (i * 7 % 251) as u8).collect();
            let mut stream = Vec::new();
            write(&data, &mut stream);
            let mut back = Vec::new();
            flate2::read::ZlibDecoder::new(&stream[..])
                .read_to_end(&mut back)
                .unwrap();
            assert_eq!(back, data, "length {len}");
        }
    }
}
