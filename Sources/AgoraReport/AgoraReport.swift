/// The `AgoraReport` module of Agora.
public enum AgoraReportModule {}
