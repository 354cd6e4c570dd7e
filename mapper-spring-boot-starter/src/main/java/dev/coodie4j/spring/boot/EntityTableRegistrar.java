package dev.coodie4j.spring.boot;

import dev.coodie4j.annotation.MaterializedView;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the {@code @Table} and {@code @MaterializedView} classes of the application's packages (or of
 * {@code coodie4j.entity-packages}) and registers an {@code EntityTable<T>} bean for each, so that
 * {@code EntityTable<Product>} can be injected.
 */
final class EntityTableRegistrar implements BeanDefinitionRegistryPostProcessor, EnvironmentAware,
    ResourceLoaderAware {
  static final String ENTITIES_BEAN = "coodie4jEntityClasses";

  private @Nullable Environment environment;
  private @Nullable ResourceLoader resourceLoader;
  private @Nullable ConfigurableListableBeanFactory beanFactory;

  /** The entity classes found, as a bean. */
  record EntityClasses(List<Class<?>> classes) {}

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setResourceLoader(ResourceLoader resourceLoader) {
    this.resourceLoader = resourceLoader;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    List<Class<?>> entities = scan(packages(registry));
    RootBeanDefinition found = new RootBeanDefinition(EntityClasses.class, () -> new EntityClasses(entities));
    registry.registerBeanDefinition(ENTITIES_BEAN, found);
    for (Class<?> entity : entities) {
      RootBeanDefinition table = new RootBeanDefinition();
      table.setTargetType(ResolvableType.forClassWithGenerics(EntityTable.class, entity));
      table.setInstanceSupplier(() -> beanFactory().getBean(EntityTables.class).of(entity));
      table.setDependsOn(Coodie4jAutoConfiguration.INITIALIZER_BEAN);
      registry.registerBeanDefinition(entity.getName() + ".table", table);
    }
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
    this.beanFactory = factory;
  }

  private ConfigurableListableBeanFactory beanFactory() {
    if (beanFactory == null) {
      throw new IllegalStateException("coodie4j's EntityTable beans were asked for before the bean factory was ready");
    }
    return beanFactory;
  }

  private List<String> packages(BeanDefinitionRegistry registry) {
    List<String> configured = environment == null ? List.of()
        : Binder.get(environment).bind("coodie4j.entity-packages", String[].class).map(List::of).orElse(List.of());
    if (!configured.isEmpty()) {
      return configured;
    }
    if (registry instanceof org.springframework.beans.factory.BeanFactory factory
        && AutoConfigurationPackages.has(factory)) {
      return AutoConfigurationPackages.get(factory);
    }
    return List.of();
  }

  private List<Class<?>> scan(List<String> packages) {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    if (environment != null) {
      scanner.setEnvironment(environment);
    }
    if (resourceLoader != null) {
      scanner.setResourceLoader(resourceLoader);
    }
    scanner.addIncludeFilter(new AnnotationTypeFilter(Table.class));
    scanner.addIncludeFilter(new AnnotationTypeFilter(MaterializedView.class));
    ClassLoader loader = resourceLoader != null && resourceLoader.getClassLoader() != null
        ? resourceLoader.getClassLoader() : ClassUtils.getDefaultClassLoader();
    Set<Class<?>> found = new LinkedHashSet<>();
    for (String base : packages) {
      for (BeanDefinition candidate : scanner.findCandidateComponents(base)) {
        found.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), loader));
      }
    }
    List<Class<?>> ordered = new ArrayList<>(found);
    ordered.sort(Comparator.comparing((Class<?> type) -> type.isAnnotationPresent(MaterializedView.class))
        .thenComparing(Class::getName));
    return ordered;
  }
}
