package cn.sd.pairing.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {"Abcdefg1", "abcdef1!", "ABCDEF1!", "Abcdefg!", "Demo@2026!", "Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!"})
  void acceptsEightOrMoreCharactersOfThreeClasses(String password) {
    assertThat(PasswordPolicy.problem(password, "someone")).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ab1!xyz|密码至少8位",
      "abcdefgh|至少三类",
      "abcdefg1|至少三类",
      "ABCDEFG!|至少三类",
      "12345678!|至少三类",
      "Abc defg1|不能包含空格",
      "Abcdefg1中|只能包含英文字母",
      "Xsomeone1!|密码不能包含用户名",
      "XSOMEONE1!a|密码不能包含用户名"})
  void rejectsWithAChineseReason(String password, String reason) {
    assertThat(PasswordPolicy.problem(password, "someone")).contains(reason);
  }

  @org.junit.jupiter.api.Test
  void rejectsMissingAndOverlongPasswords() {
    assertThat(PasswordPolicy.problem(null, "u")).isEqualTo("密码不能为空");
    assertThat(PasswordPolicy.problem("", "u")).isEqualTo("密码不能为空");
    assertThat(PasswordPolicy.problem("Aa1!" + "b".repeat(61), "u")).isEqualTo("密码不能超过64位");
  }
}
