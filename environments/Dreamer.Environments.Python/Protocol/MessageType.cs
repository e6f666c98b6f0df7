namespace Dreamer.Environments.Python.Protocol;

/// <summary>The first byte of every frame's payload (docs/python-bridge.md).</summary>
public enum MessageType : byte
{
    /// <summary>Client: protocol version, kind, id, kwargs, imports, wrappers, keys, environment count, seeds.</summary>
    Hello = 1,

    /// <summary>Server: observation and action specs, library versions.</summary>
    Spec = 2,

    /// <summary>Client: the indices of the environments to reset.</summary>
    Reset = 3,

    /// <summary>Client: one action per environment, as one array.</summary>
    Step = 4,

    /// <summary>Server: observations, rewards and flags of the environments reset or stepped.</summary>
    Steps = 5,

    /// <summary>Client: closes the environments; the server exits without a reply.</summary>
    Close = 6,

    /// <summary>Server: a message and the tail of the Python traceback.</summary>
    Error = 7,
}
