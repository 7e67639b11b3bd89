package cn.jiedaoflow.onestop;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OneStopSettings.class)
class OneStopConfiguration {}
