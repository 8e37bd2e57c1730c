package cn.sd.pairing.filing;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface FilingNumberMapper {
  @Select("SELECT last_seq FROM filing_number_seq WHERE filing_year = #{year} FOR UPDATE")
  Integer lockLastSeq(int year);

  @Insert("INSERT INTO filing_number_seq (filing_year, last_seq) VALUES (#{year}, 0)")
  void insertYear(int year);

  @Update("UPDATE filing_number_seq SET last_seq = #{seq} WHERE filing_year = #{year}")
  void updateLastSeq(@Param("year") int year, @Param("seq") int seq);
}
