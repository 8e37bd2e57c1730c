package cn.sd.pairing.security;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface SecuritySettingMapper {
  @Select("SELECT setting_value FROM security_setting WHERE setting_key = #{key}")
  String find(String key);

  @Update("UPDATE security_setting SET setting_value = #{value}, updated_at = #{at} WHERE setting_key = #{key}")
  int update(@Param("key") String key, @Param("value") String value, @Param("at") LocalDateTime at);

  @Insert("INSERT INTO security_setting (setting_key, setting_value, updated_at) VALUES (#{key}, #{value}, #{at})")
  void insert(@Param("key") String key, @Param("value") String value, @Param("at") LocalDateTime at);
}
