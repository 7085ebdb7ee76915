import java.io.File;
import java.util.Iterator;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Opens files with Gephi's own importers (the Gephi toolkit), as Gephi's "Open" does, and prints for each
 * "FILE nodes N edges M" and one "FILE issue LEVEL message" line per problem Gephi reports. Run by ExportReadersIT
 * with the Java source launcher in a JVM of its own: java -cp gephi-toolkit-all.jar GephiImport.java FILE...
 */
public final class GephiImport {

    public static void main(String[] files) throws Exception {
        for (String name : files) {
            ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
            projects.newProject();
            Workspace workspace = projects.getCurrentWorkspace();
            ImportController importer = Lookup.getDefault().lookup(ImportController.class);
            Container container = importer.importFile(new File(name));
            if (container == null) {
                System.out.println(name + " issue SEVERE no importer took the file");
                continue;
            }
            for (Iterator<Issue> it = container.getReport().getIssues(1000); it.hasNext(); ) {
                Issue issue = it.next();
                System.out.println(name + " issue " + issue.getLevel() + " " + issue.getMessage());
            }
            importer.process(container, new DefaultProcessor(), workspace);
            Graph graph = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace).getGraph();
            System.out.println(name + " nodes " + graph.getNodeCount() + " edges " + graph.getEdgeCount());
            projects.closeCurrentProject();
        }
    }
}
