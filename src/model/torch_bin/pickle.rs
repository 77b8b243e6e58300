//! The unpickler of `pytorch_model.bin`: the opcodes and globals a state
//! dict needs, refusing everything else by name.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::value::{new_dict, storage_type, Callable, Dict, Items, StorageRef, TensorRef, Value};

pub(super) type PResult<T> = std::result::Result<T, String>;

pub(super) struct Unpickler<'a> {
    pub(super) data: &'a [u8],
    pub(super) pos: usize,
    pub(super) stack: Vec<Value>,
    pub(super) marks: Vec<usize>,
    pub(super) memo: HashMap<u64, Value>,
    pub(super) storages: HashMap<String, Rc<StorageRef>>,
}

impl<'a> Unpickler<'a> {
    pub(super) fn new(data: &'a [u8]) -> Self {
        Unpickler {
            data,
            pos: 0,
            stack: Vec::new(),
            marks: Vec::new(),
            memo: HashMap::new(),
            storages: HashMap::new(),
        }
    }

    pub(super) fn take(&mut self, n: u64) -> PResult<&'a [u8]> {
        let end = usize::try_from(n)
            .ok()
            .and_then(|n| self.pos.checked_add(n))
            .filter(|end| *end <= self.data.len())
            .ok_or_else(|| {
                format!(
                    "truncated pickle ({} bytes; {n} more wanted at byte {})",
                    self.data.len(),
                    self.pos
                )
            })?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    pub(super) fn uint(&mut self, n: u64) -> PResult<u64> {
        let b = self.take(n)?;
        Ok(b.iter().rev().fold(0u64, |a, x| (a << 8) | *x as u64))
    }

    pub(super) fn line(&mut self) -> PResult<&'a str> {
        let rest = &self.data[self.pos..];
        let n = rest
            .iter()
            .position(|b| *b == b'\n')
            .ok_or("truncated pickle (a GLOBAL name without its newline)")?;
        let s = std::str::from_utf8(&rest[..n]).map_err(|_| "a GLOBAL name is not UTF-8")?;
        self.pos += n + 1;
        Ok(s)
    }

    pub(super) fn text(&mut self, n: u64) -> PResult<Value> {
        let b = self.take(n)?;
        let s = std::str::from_utf8(b).map_err(|_| "a pickled string is not UTF-8")?;
        Ok(Value::Str(s.into()))
    }

    pub(super) fn pop(&mut self) -> PResult<Value> {
        if self.marks.last().is_some_and(|m| *m >= self.stack.len()) {
            return Err("corrupt pickle (pop below a MARK)".into());
        }
        self.stack
            .pop()
            .ok_or_else(|| "corrupt pickle (stack underflow)".into())
    }

    pub(super) fn top(&self) -> PResult<&Value> {
        self.stack
            .last()
            .ok_or_else(|| "corrupt pickle (empty stack)".into())
    }

    pub(super) fn pop_mark(&mut self) -> PResult<Vec<Value>> {
        let m = self
            .marks
            .pop()
            .ok_or("corrupt pickle (no MARK to pop to)")?;
        if m > self.stack.len() {
            return Err("corrupt pickle (MARK above the stack)".into());
        }
        Ok(self.stack.split_off(m))
    }

    pub(super) fn memoize(&mut self, key: u64) -> PResult<()> {
        let v = self.top()?.clone();
        self.memo.insert(key, v);
        Ok(())
    }

    pub(super) fn get(&mut self, key: u64) -> PResult<()> {
        let v = self
            .memo
            .get(&key)
            .cloned()
            .ok_or_else(|| format!("corrupt pickle (memo entry {key} is not set)"))?;
        self.stack.push(v);
        Ok(())
    }

    pub(super) fn tuple(&mut self, n: usize) -> PResult<()> {
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(self.pop()?);
        }
        items.reverse();
        self.stack.push(Value::Tuple(Rc::new(Items(items))));
        Ok(())
    }

    pub(super) fn top_dict(&self) -> PResult<Dict> {
        match self.top()? {
            Value::Dict(d) => Ok(d.clone()),
            other => Err(format!(
                "corrupt pickle (items set on {}, not a dict)",
                other.kind()
            )),
        }
    }

    pub(super) fn set_items(&mut self, items: Vec<Value>) -> PResult<()> {
        if items.len() % 2 != 0 {
            return Err("corrupt pickle (SETITEMS with an odd number of items)".into());
        }
        let dict = self.top_dict()?;
        let mut d = dict.borrow_mut();
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            // a repeated string key replaces the earlier value, as in Python
            let old = match &k {
                Value::Str(s) => {
                    d.0.chunks_exact_mut(2)
                        .find(|pair| matches!(&pair[0], Value::Str(s2) if s2 == s))
                }
                _ => None,
            };
            match old {
                Some(pair) => pair[1] = v,
                None => d.0.extend([k, v]),
            }
        }
        Ok(())
    }

    pub(super) fn append(&mut self, items: Vec<Value>) -> PResult<()> {
        match self.top()? {
            Value::List(l) => {
                l.borrow_mut().0.extend(items);
                Ok(())
            }
            other => Err(format!(
                "corrupt pickle (APPEND to {}, not a list)",
                other.kind()
            )),
        }
    }

    pub(super) fn global(module: &str, name: &str) -> PResult<Value> {
        Ok(match (module, name) {
            ("collections", "OrderedDict") => Value::Callable(Callable::OrderedDict),
            ("torch._utils", "_rebuild_tensor_v2") => Value::Callable(Callable::RebuildTensor),
            ("torch._utils", "_rebuild_parameter") => Value::Callable(Callable::RebuildParameter),
            ("torch", s) if storage_type(s).is_some() => {
                Value::StorageType(storage_type(s).expect("checked"))
            }
            _ => {
                return Err(format!(
                    "unsupported pickle global {module}.{name} (a torch state dict needs only \
                     collections.OrderedDict, torch._utils._rebuild_tensor_v2 / _rebuild_parameter \
                     and torch.<T>Storage)"
                ))
            }
        })
    }

    /// `('storage', torch.<T>Storage, key, location, numel)` -> the storage (one per key).
    pub(super) fn persistent_load(&mut self, pid: Value) -> PResult<Value> {
        let bad =
            || "unsupported persistent id (torch writes ('storage', type, key, location, numel))";
        let Value::Tuple(t) = pid else {
            return Err(bad().into());
        };
        let [Value::Str(tag), Value::StorageType(ty), key, _location, Value::Int(numel)] =
            t.0.as_slice()
        else {
            return Err(bad().into());
        };
        let key = match key {
            Value::Str(s) => s.to_string(),
            Value::Int(i) => i.to_string(),
            _ => return Err(bad().into()),
        };
        if &**tag != "storage" || *numel < 0 {
            return Err(bad().into());
        }
        if let Some(s) = self.storages.get(&key) {
            if s.ty != *ty || s.numel != *numel as u64 {
                return Err(format!(
                    "storage {key} is named twice with different types or sizes"
                ));
            }
            return Ok(Value::Storage(s.clone()));
        }
        let s = Rc::new(StorageRef {
            key: key.clone(),
            ty: *ty,
            numel: *numel as u64,
        });
        self.storages.insert(key, s.clone());
        Ok(Value::Storage(s))
    }

    pub(super) fn call(&mut self, f: Value, args: Value) -> PResult<Value> {
        let Value::Tuple(args) = args else {
            return Err(format!(
                "corrupt pickle (REDUCE arguments are {}, not a tuple)",
                args.kind()
            ));
        };
        let args = &args.0;
        let ints = |v: &Value, what: &str| -> PResult<Vec<u64>> {
            let Value::Tuple(t) = v else {
                return Err(format!("_rebuild_tensor_v2: {what} is {}", v.kind()));
            };
            t.0.iter()
                .map(|x| match x {
                    Value::Int(i) if *i >= 0 => Ok(*i as u64),
                    _ => Err(format!("_rebuild_tensor_v2: {what} holds a non-index")),
                })
                .collect()
        };
        match f {
            Value::Callable(Callable::OrderedDict) if args.is_empty() => Ok(new_dict()),
            Value::Callable(Callable::RebuildTensor) if args.len() >= 4 => {
                let Value::Storage(storage) = &args[0] else {
                    return Err(format!(
                        "_rebuild_tensor_v2 of {}, not a storage",
                        args[0].kind()
                    ));
                };
                let offset = match args[1] {
                    Value::Int(o) if o >= 0 => o as u64,
                    _ => return Err("_rebuild_tensor_v2: bad storage offset".into()),
                };
                Ok(Value::Tensor(Rc::new(TensorRef {
                    storage: storage.clone(),
                    offset,
                    size: ints(&args[2], "size")?,
                    stride: ints(&args[3], "stride")?,
                })))
            }
            Value::Callable(Callable::RebuildParameter) if !args.is_empty() => match &args[0] {
                t @ Value::Tensor(_) => Ok(t.clone()),
                other => Err(format!("_rebuild_parameter of {}", other.kind())),
            },
            Value::Callable(c) => Err(format!(
                "{c:?} called with {} arguments it does not take",
                args.len()
            )),
            other => Err(format!("corrupt pickle (REDUCE on {})", other.kind())),
        }
    }

    pub(super) fn run(mut self) -> PResult<Value> {
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

#[cfg(test)]
mod tests;
