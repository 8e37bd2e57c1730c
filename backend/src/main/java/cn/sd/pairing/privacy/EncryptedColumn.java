package cn.sd.pairing.privacy;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;

/**
 * MyBatis handler of an encrypted text column: name it on the column's parameters and results
 * ({@code typeHandler=cn.sd.pairing.privacy.EncryptedColumn}). The one instance, holding the key, is registered by
 * {@link PersonalDataConfig}; MyBatis resolves the class name to it.
 */
public class EncryptedColumn extends BaseTypeHandler<String> {
  private final ColumnCipher cipher;

  EncryptedColumn(ColumnCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public void setNonNullParameter(PreparedStatement ps, int i, String value, JdbcType jdbcType) throws SQLException {
    ps.setString(i, cipher.encrypt(value));
  }

  @Override
  public String getNullableResult(ResultSet rs, String columnName) throws SQLException {
    return cipher.decrypt(rs.getString(columnName));
  }

  @Override
  public String getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
    return cipher.decrypt(rs.getString(columnIndex));
  }

  @Override
  public String getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
    return cipher.decrypt(cs.getString(columnIndex));
  }

  /**
   * Registers the one instance (with the key) under its class name, which the mapper files name, before they are
   * read.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static ConfigurationCustomizer registration(ColumnCipher cipher) {
    EncryptedColumn handler = new EncryptedColumn(cipher);
    return configuration -> configuration.getTypeHandlerRegistry().register((Class) Marker.class, null,
        (TypeHandler) handler);
  }

  /** The Java type the handler is registered under, so that it is never the default handler of String. */
  static final class Marker {
    private Marker() {}
  }
}
