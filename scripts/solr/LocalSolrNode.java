// One SolrCloud node for scripts/local-cluster: Solr's own HTTP runner (JettySolrRunner,
// the class Solr's tests start real nodes with), bound to 127.0.0.1, joining the cluster
// of the ZooKeeper it is given. Runs until the process is stopped.
//
// usage: java -cp LIB/*:CLASSES LocalSolrNode SOLR_HOME PORT ZK_HOST
import java.util.Properties;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

public class LocalSolrNode {
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: LocalSolrNode SOLR_HOME PORT ZK_HOST");
      System.exit(2);
    }
    String home = args[0];
    int port = Integer.parseInt(args[1]);
    String zkHost = args[2];
    System.setProperty("zkHost", zkHost);
    System.setProperty("host", "127.0.0.1");
    Properties props = new Properties();
    props.setProperty("zkHost", zkHost);
    props.setProperty("host", "127.0.0.1");
    JettyConfig config =
        JettyConfig.builder().setPort(port).setContext("/solr").stopAtShutdown(true).build();
    JettySolrRunner runner = new JettySolrRunner(home, props, config);
    runner.start();
    System.out.println("LocalSolrNode listening on " + runner.getBaseUrl());
    Thread.currentThread().join();
  }
}
