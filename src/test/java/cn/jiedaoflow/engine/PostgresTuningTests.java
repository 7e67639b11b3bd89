package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;

class PostgresTuningTests {

    private final BeanPostProcessor settings = PostgresTuning.postgresSessionSettings();

    @Test
    void aPostgresPoolGetsTheSessionSettings() {
        HikariDataSource pool = pool("jdbc:postgresql://db:5432/jiedao");

        settings.postProcessAfterInitialization(pool, "dataSource");

        assertThat(pool.getConnectionInitSql()).isEqualTo("set jit = off");
    }

    @Test
    void anOperatorsOwnInitSqlIsLeftAsItIs() {
        HikariDataSource pool = pool("jdbc:postgresql://db:5432/jiedao");
        pool.setConnectionInitSql("set search_path to jiedao");

        settings.postProcessAfterInitialization(pool, "dataSource");

        assertThat(pool.getConnectionInitSql()).isEqualTo("set search_path to jiedao");
    }

    @Test
    void anH2PoolIsLeftAlone() {
        HikariDataSource pool = pool("jdbc:h2:mem:x");

        settings.postProcessAfterInitialization(pool, "dataSource");

        assertThat(pool.getConnectionInitSql()).isNull();
    }

    @Test
    void otherBeansPassThrough() {
        Object bean = new Object();

        assertThat(settings.postProcessAfterInitialization(bean, "other")).isSameAs(bean);
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}
