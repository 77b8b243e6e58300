//! `ruse devices`: which plugin is used and what it sees.

use anyhow::{bail, Result};
use clap::Args;

use super::DeviceArgs;
use crate::runtime::Client;

#[derive(Debug, Args)]
pub struct DevicesArgs {
    #[command(flatten)]
    pub device: DeviceArgs,
}

pub fn run(args: &DevicesArgs) -> Result<()> {
    let client = Client::new(&args.device.client_options())?;
    let (major, minor) = client.api_version();
    let (bmajor, bminor) = Client::bindings_version();
    println!("plugin:    {}", client.plugin_path().display());
    println!(
        "platform:  {} ({})",
        client.platform_name()?,
        client.platform_version()?
    );
    println!("PJRT API:  {major}.{minor} (ruse bindings: {bmajor}.{bminor})");
    let devices = client.devices()?;
    if devices.len() < args.device.replicas {
        bail!(
            "--replicas {} asked for more devices than the {} plugin has ({})",
            args.device.replicas,
            args.device.device,
            devices.len()
        );
    }
    println!("devices:   {}", devices.len());
    for (i, d) in devices.iter().enumerate() {
        println!(
            "  [{i}] id={} kind={} process={} {}",
            d.id, d.kind, d.process_index, d.description
        );
    }
    Ok(())
}
