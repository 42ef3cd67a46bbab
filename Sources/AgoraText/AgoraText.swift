/// The `AgoraText` module of Agora.
public enum AgoraTextModule {}
