namespace Dreamer.Host.Plugins;

/// <summary>
/// What a composition slot takes: the <paramref name="Contract"/> its component implements and, when
/// <paramref name="RequiresModule"/>, that the component also derives from <c>torch.nn.Module</c>, because the host
/// trains, moves and checkpoints its parameters with the agent (dreamerv2.md §2–§5). The catalog refuses a component
/// class that implements such a contract without being a module.
/// </summary>
public sealed record SlotContract(string Slot, Type Contract, bool RequiresModule);
