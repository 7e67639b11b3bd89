package cn.jiedaoflow.propertyfee;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PropertyFeeSettings.class)
class PropertyFeeConfiguration {}
