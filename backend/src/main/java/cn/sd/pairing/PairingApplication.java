package cn.sd.pairing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PairingApplication {
  public static void main(String[] args) {
    SpringApplication.run(PairingApplication.class, args);
  }
}
