/// The `AgoraModel` module of Agora.
public enum AgoraModelModule {}
