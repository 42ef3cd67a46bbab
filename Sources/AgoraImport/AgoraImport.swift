/// The `AgoraImport` module of Agora.
public enum AgoraImportModule {}
