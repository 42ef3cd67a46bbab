/// The `AgoraTerminal` module of Agora.
public enum AgoraTerminalModule {}
