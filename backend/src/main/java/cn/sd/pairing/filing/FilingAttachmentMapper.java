package cn.sd.pairing.filing;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface FilingAttachmentMapper {
  String COLUMNS = "a.id, a.filing_id, a.kind, a.file_name, a.content_type, a.size_bytes, a.sha256, a.storage_key, "
      + "a.uploaded_by, u.display_name AS uploaded_by_name, a.uploaded_at";

  @Insert("""
      INSERT INTO filing_attachment (filing_id, kind, file_name, content_type, size_bytes, sha256, storage_key,
        uploaded_by, uploaded_at)
      VALUES (#{filingId}, #{kind}, #{fileName}, #{contentType}, #{sizeBytes}, #{sha256}, #{storageKey},
        #{uploadedBy}, #{uploadedAt})""")
  @Options(useGeneratedKeys = true, keyProperty = "id")
  void insert(FilingAttachment attachment);

  @Select("SELECT " + COLUMNS + " FROM filing_attachment a LEFT JOIN app_user u ON u.id = a.uploaded_by"
      + " WHERE a.filing_id = #{filingId} ORDER BY a.id")
  List<FilingAttachment> findByFiling(long filingId);

  @Select("SELECT " + COLUMNS + " FROM filing_attachment a LEFT JOIN app_user u ON u.id = a.uploaded_by"
      + " WHERE a.id = #{id} AND a.filing_id = #{filingId}")
  FilingAttachment find(@Param("filingId") long filingId, @Param("id") long id);

  @Select("SELECT COUNT(*) FROM filing_attachment WHERE filing_id = #{filingId}")
  int count(long filingId);

  @Select("SELECT COUNT(*) FROM filing_attachment WHERE filing_id = #{filingId} AND kind = #{kind}")
  int countOfKind(@Param("filingId") long filingId, @Param("kind") AttachmentKind kind);

  @Delete("DELETE FROM filing_attachment WHERE id = #{id} AND filing_id = #{filingId}")
  int delete(@Param("filingId") long filingId, @Param("id") long id);
}
