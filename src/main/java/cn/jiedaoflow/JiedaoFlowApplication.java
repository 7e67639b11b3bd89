package cn.jiedaoflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JiedaoFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(JiedaoFlowApplication.class, args);
    }
}
