//! The unpickler of `pytorch_model.bin`: the opcodes and globals a state
//! dict needs, refusing everything else by name.

use std::collections::HashMap;
use std::rc::Rc;

mod opcodes;

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
        if !items.len().is_multiple_of(2) {
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
}

#[cfg(test)]
mod tests;
