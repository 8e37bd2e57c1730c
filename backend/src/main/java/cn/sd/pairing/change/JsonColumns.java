package cn.sd.pairing.change;

import cn.sd.pairing.filing.PlatformForm;
import cn.sd.pairing.filing.ProjectForm;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * MyBatis handlers of the JSON columns of filing_change and filing_snapshot: planned projects and platforms as
 * arrays (nothing personal in them; contacts have columns of their own). An empty column reads as an empty list.
 */
public final class JsonColumns {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonColumns() {}

  abstract static class ListColumn<T> extends BaseTypeHandler<List<T>> {
    private final TypeReference<List<T>> type;

    ListColumn(TypeReference<List<T>> type) {
      this.type = type;
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, List<T> value, JdbcType jdbcType)
        throws SQLException {
      try {
        ps.setString(i, JSON.writeValueAsString(value));
      } catch (JsonProcessingException e) {
        throw new SQLException("cannot write a JSON column", e);
      }
    }

    @Override
    public List<T> getNullableResult(ResultSet rs, String columnName) throws SQLException {
      return read(rs.getString(columnName));
    }

    @Override
    public List<T> getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
      return read(rs.getString(columnIndex));
    }

    @Override
    public List<T> getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
      return read(cs.getString(columnIndex));
    }

    private List<T> read(String text) throws SQLException {
      if (text == null || text.isBlank()) {
        return List.of();
      }
      try {
        return JSON.readValue(text, type);
      } catch (JsonProcessingException e) {
        throw new SQLException("unreadable JSON column", e);
      }
    }
  }

  public static class Projects extends ListColumn<ProjectForm> {
    public Projects() {
      super(new TypeReference<List<ProjectForm>>() {});
    }
  }

  public static class Platforms extends ListColumn<PlatformForm> {
    public Platforms() {
      super(new TypeReference<List<PlatformForm>>() {});
    }
  }
}
