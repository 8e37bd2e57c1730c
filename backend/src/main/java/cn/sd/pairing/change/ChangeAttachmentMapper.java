package cn.sd.pairing.change;

import cn.sd.pairing.filing.AttachmentKind;
import cn.sd.pairing.filing.FilingAttachment;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Documents of a change (table filing_change_attachment), read as FilingAttachment rows without a filing. */
@Mapper
public interface ChangeAttachmentMapper {
  String COLUMNS = "a.id, a.kind, a.file_name, a.content_type, a.size_bytes, a.sha256, a.storage_key, "
      + "a.uploaded_by, u.display_name AS uploaded_by_name, a.uploaded_at";

  @Insert("""
      INSERT INTO filing_change_attachment (change_id, kind, file_name, content_type, size_bytes, sha256, storage_key,
        uploaded_by, uploaded_at)
      VALUES (#{changeId}, #{a.kind}, #{a.fileName}, #{a.contentType}, #{a.sizeBytes}, #{a.sha256}, #{a.storageKey},
        #{a.uploadedBy}, #{a.uploadedAt})""")
  @Options(useGeneratedKeys = true, keyProperty = "a.id")
  void insert(@Param("changeId") long changeId, @Param("a") FilingAttachment attachment);

  @Select("SELECT " + COLUMNS + " FROM filing_change_attachment a LEFT JOIN app_user u ON u.id = a.uploaded_by"
      + " WHERE a.change_id = #{changeId} ORDER BY a.id")
  List<FilingAttachment> findByChange(@Param("changeId") long changeId);

  @Select("SELECT " + COLUMNS + " FROM filing_change_attachment a LEFT JOIN app_user u ON u.id = a.uploaded_by"
      + " WHERE a.id = #{id} AND a.change_id = #{changeId}")
  FilingAttachment find(@Param("changeId") long changeId, @Param("id") long id);

  @Select("SELECT COUNT(*) FROM filing_change_attachment WHERE change_id = #{changeId}")
  int count(@Param("changeId") long changeId);

  @Select("SELECT COUNT(*) FROM filing_change_attachment WHERE change_id = #{changeId} AND kind = #{kind}")
  int countOfKind(@Param("changeId") long changeId, @Param("kind") AttachmentKind kind);

  @Delete("DELETE FROM filing_change_attachment WHERE id = #{id} AND change_id = #{changeId}")
  int delete(@Param("changeId") long changeId, @Param("id") long id);

  @Delete("DELETE FROM filing_change_attachment WHERE change_id = #{changeId}")
  int deleteAll(@Param("changeId") long changeId);

  /** On approval the change's documents join the filing's (the same stored files). */
  @Insert("""
      INSERT INTO filing_attachment (filing_id, kind, file_name, content_type, size_bytes, sha256, storage_key,
        uploaded_by, uploaded_at)
      SELECT c.filing_id, a.kind, a.file_name, a.content_type, a.size_bytes, a.sha256, a.storage_key, a.uploaded_by,
        a.uploaded_at
      FROM filing_change_attachment a JOIN filing_change c ON c.id = a.change_id
      WHERE a.change_id = #{changeId} ORDER BY a.id""")
  int copyToFiling(@Param("changeId") long changeId);
}
