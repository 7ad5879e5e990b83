// Lints a Helm chart strictly and renders it with Helm's own engine (helm-java: the Go library behind JNI), so the
// chart is checked by Helm itself without a helm binary. Usage:
//   java -cp <classpath> RenderChart.java <chart dir> <release name> <output file> [values file...]
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Files;
import java.nio.file.Path;

public class RenderChart {
  public static void main(String[] args) throws Exception {
    Path chart = Path.of(args[0]);
    Helm helm = new Helm(chart);
    LintResult lint = helm.lint().strict().call();
    for (String message : lint.getMessages()) System.err.println("helm lint: " + message);
    if (lint.isFailed()) {
      System.err.println("helm lint failed");
      System.exit(1);
    }
    TemplateCommand template = helm.template().withName(args[1]).withNamespace("relocation");
    for (int i = 3; i < args.length; i++) template = template.withValuesFile(Path.of(args[i]));
    Files.writeString(Path.of(args[2]), template.call());
  }
}
