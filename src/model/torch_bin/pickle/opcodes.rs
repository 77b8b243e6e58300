//! The opcode interpreter: the loop over a pickle's opcodes, split by what
//! each opcode does (push a constant, work the stack and memo, or build an
//! object).

use std::cell::RefCell;
use std::rc::Rc;

use super::super::value::{new_dict, Items, Value};
use super::{PResult, Unpickler};

impl Unpickler<'_> {
    pub(in crate::model::torch_bin) fn run(mut self) -> PResult<Value> {
        loop {
            let at = self.pos;
            let op = self.uint(1)? as u8;
            match op {
                0x80 => {
                    let proto = self.uint(1)?;
                    if proto > 5 {
                        return Err(format!("unknown pickle protocol {proto}"));
                    }
                }
                0x95 => {
                    self.take(8)?; // FRAME: a length prefix only
                }
                b'.' => return self.pop(),
                _ => {
                    if let Some(v) = self.literal(op, at)? {
                        self.stack.push(v);
                    } else if !self.stack_op(op)? && !self.object_op(op, at)? {
                        return Err(format!(
                            "unsupported pickle opcode 0x{op:02x} ({:?}) at byte {at}",
                            op as char
                        ));
                    }
                }
            }
        }
    }

    /// The value an opcode that pushes a constant (a number, a string, an
    /// empty container) pushes; `None` for any other opcode.
    fn literal(&mut self, op: u8, at: usize) -> PResult<Option<Value>> {
        Ok(Some(match op {
            b'X' | 0x8c | 0x8d => {
                let width = match op {
                    b'X' => 4,
                    0x8c => 1,
                    _ => 8,
                };
                let n = self.uint(width)?;
                self.text(n)?
            }
            b'K' => Value::Int(self.uint(1)? as i64),
            b'M' => Value::Int(self.uint(2)? as i64),
            b'J' => Value::Int(self.uint(4)? as u32 as i32 as i64),
            0x8a => {
                let n = self.uint(1)?;
                if n > 8 {
                    return Err(format!("an integer of {n} bytes at byte {at} is too large"));
                }
                let b = self.take(n)?;
                let mut v = b.iter().rev().fold(0u64, |a, x| (a << 8) | *x as u64);
                if n > 0 && n < 8 && b[n as usize - 1] & 0x80 != 0 {
                    v |= u64::MAX << (8 * n); // sign-extend
                }
                Value::Int(v as i64)
            }
            b'G' => {
                self.take(8)?;
                Value::Scalar("a float")
            }
            0x88 | 0x89 => Value::Scalar("a bool"),
            b'N' => Value::Scalar("None"),
            b'}' => new_dict(),
            b']' => Value::List(Rc::new(RefCell::new(Items::default()))),
            b')' => Value::Tuple(Rc::new(Items::default())),
            _ => return Ok(None),
        }))
    }

    /// Marks, the memo, building containers from the stack, and popping;
    /// whether `op` was one of those.
    fn stack_op(&mut self, op: u8) -> PResult<bool> {
        match op {
            b'(' => self.marks.push(self.stack.len()),
            b'q' | b'r' | 0x94 => {
                let k = match op {
                    b'q' => self.uint(1)?,
                    b'r' => self.uint(4)?,
                    _ => self.memo.len() as u64,
                };
                self.memoize(k)?
            }
            b'h' | b'j' => {
                let k = self.uint(if op == b'h' { 1 } else { 4 })?;
                self.get(k)?
            }
            b't' => {
                let items = self.pop_mark()?;
                self.stack.push(Value::Tuple(Rc::new(Items(items))))
            }
            0x85..=0x87 => self.tuple((op - 0x84) as usize)?,
            b'l' => {
                let items = self.pop_mark()?;
                self.stack
                    .push(Value::List(Rc::new(RefCell::new(Items(items)))))
            }
            b'd' => {
                let items = self.pop_mark()?;
                self.stack.push(new_dict());
                self.set_items(items)?
            }
            b's' => {
                let v = self.pop()?;
                let k = self.pop()?;
                self.set_items(vec![k, v])?
            }
            b'u' => {
                let items = self.pop_mark()?;
                self.set_items(items)?
            }
            b'a' => {
                let v = self.pop()?;
                self.append(vec![v])?
            }
            b'e' => {
                let items = self.pop_mark()?;
                self.append(items)?
            }
            b'0' => drop(self.pop()?),
            b'1' => drop(self.pop_mark()?),
            b'2' => {
                let v = self.top()?.clone();
                self.stack.push(v)
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Globals, persistent ids, calls and BUILD; whether `op` was one of those.
    fn object_op(&mut self, op: u8, at: usize) -> PResult<bool> {
        let v = match op {
            b'c' => {
                let module = self.line()?;
                let name = self.line()?;
                Self::global(module, name)?
            }
            0x93 => {
                let name = self.pop()?;
                let module = self.pop()?;
                let (Value::Str(m), Value::Str(n)) = (&module, &name) else {
                    return Err("corrupt pickle (STACK_GLOBAL of non-strings)".into());
                };
                Self::global(m, n)?
            }
            b'Q' => {
                let pid = self.pop()?;
                self.persistent_load(pid)?
            }
            b'R' => {
                let args = self.pop()?;
                let f = self.pop()?;
                self.call(f, args)?
            }
            b'b' => {
                // the state of an OrderedDict is its attributes (state_dict()'s _metadata):
                // nothing ruse needs. Anything else with a state is not a plain state dict.
                let _state = self.pop()?;
                if !matches!(self.top()?, Value::Dict(_)) {
                    return Err(format!(
                        "BUILD on {} at byte {at} (a tensor subclass or other object, \
                         not a plain state dict)",
                        self.top()?.kind()
                    ));
                }
                return Ok(true);
            }
            _ => return Ok(false),
        };
        self.stack.push(v);
        Ok(true)
    }
}
