package cn.jiedaoflow.veterans;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VeteranAssistanceSettings.class)
class VeteranAssistanceConfiguration {}
