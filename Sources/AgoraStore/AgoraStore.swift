/// The `AgoraStore` module of Agora.
public enum AgoraStoreModule {}
