package dev.opsgrade.init;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Docker Engine that answered: its name and its containers, running or not. */
record DockerEngine(String endpoint, String name, List<Container> containers) {
  static final String PROJECT = "com.docker.compose.project";
  static final String CONFIG_FILES = "com.docker.compose.project.config_files";
  static final String WORKING_DIR = "com.docker.compose.project.working_dir";
  static final String SERVICE = "com.docker.compose.service";

  /** A container as /containers/json lists it (environment values are never asked for). */
  record Container(
      String name,
      String image,
      String state,
      Map<String, String> labels,
      List<ServiceView.Published> ports,
      List<ServiceView.Mount> mounts,
      List<String> command) {

    boolean running() {
      return state.equals("running");
    }

    Optional<String> label(String key) {
      return Optional.ofNullable(labels.get(key)).filter(v -> !v.isBlank());
    }
  }

  /** A compose project found through the labels Docker Compose puts on its containers. */
  record ComposeProject(
      String name, List<String> configFiles, Optional<String> workingDir, List<Container> members) {

    long running() {
      return members.stream().filter(Container::running).count();
    }
  }

  long running() {
    return containers.stream().filter(Container::running).count();
  }

  List<ComposeProject> projects() {
    Map<String, List<Container>> byProject = new LinkedHashMap<>();
    containers.stream()
        .filter(c -> c.label(PROJECT).isPresent())
        .forEach(
            c -> byProject.computeIfAbsent(c.labels().get(PROJECT), p -> new ArrayList<>()).add(c));
    List<ComposeProject> projects = new ArrayList<>();
    byProject.forEach(
        (name, members) -> {
          Optional<Container> any =
              members.stream().filter(c -> c.label(CONFIG_FILES).isPresent()).findFirst();
          List<String> files =
              any
                  .flatMap(c -> c.label(CONFIG_FILES))
                  .map(f -> List.of(f.split(",")))
                  .orElse(List.of())
                  .stream()
                  .map(String::strip)
                  .filter(f -> !f.isEmpty())
                  .toList();
          projects.add(
              new ComposeProject(
                  name, files, any.flatMap(c -> c.label(WORKING_DIR)), List.copyOf(members)));
        });
    projects.sort(java.util.Comparator.comparing(ComposeProject::name));
    return List.copyOf(projects);
  }
}
