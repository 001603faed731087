package org.inertia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.inertia.cli.options.UserInputException;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.TerminalText;
import org.inertia.cli.serve.ClassroomServer;
import org.inertia.cli.serve.ServeLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inertia serve}: the classroom page, a live "what if?" chart in the browser. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = InertiaVersion.class,
        description = {
            "Serves a web page for teaching: pick an example scenario or open your own, change any phase's days,"
                    + " mobility and exercise, add or remove phases, change the age or the condition, and the chart"
                    + " and summary redraw at once.",
            "Up to three variants side by side on one chart (\"what if she had walked 20 minutes a day?\"),"
                    + " each with a sentence saying what it means; charts (PNG, SVG, PDF), the CSV and each variant"
                    + " as a scenario file can be downloaded and rerun with 'inertia run'.",
            "The page needs no internet connection. Stop the server with Ctrl-C.",
            "Limits, so that one slow or hostile client cannot stop the page for a class: a request's headers must"
                    + " arrive within " + ServeLimits.HEAD_TIMEOUT_SECONDS + " s and its body (at most 1 MiB) within "
                    + ServeLimits.BODY_TIMEOUT_SECONDS + " s, a connection silent for "
                    + ServeLimits.IDLE_TIMEOUT_SECONDS + " s is closed, at most " + ServeLimits.MAX_CONNECTIONS
                    + " connections are open at once, " + ServeLimits.MAX_CONNECTIONS_PER_CLIENT
                    + " of them from any one machine; simulations run on one worker per processor (1 to 4) with "
                    + ServeLimits.QUEUE + " waiting (more are answered 503), each within "
                    + ServeLimits.TIME_BUDGET_SECONDS + " s (503 past it) and 1/" + ServeLimits.HEAP_SHARE
                    + " of the Java heap, estimated before simulating (413 past it)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  inertia serve                 then open http://127.0.0.1:8080/",
            "  inertia serve --port 0        any free port (the address is printed)",
            "  inertia serve --host 0.0.0.0  let other machines on the network open the page"
        })
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only;"
                    + " 0.0.0.0 for every network interface).")
    private String host;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "Port to listen on, 0 to 65535 (default: ${DEFAULT-VALUE}; 0 for any free port).")
    private int port;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UserInputException("--port " + port + ": must be between 0 and 65535 (0: any free port)");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UserInputException(
                    "--host " + TerminalText.oneLine(host) + ": unknown host; give an address such as 127.0.0.1");
        }
        ClassroomServer server;
        try {
            server = ClassroomServer.start(new InetSocketAddress(address, port));
        } catch (BindException e) {
            throw new UserInputException("cannot listen on " + TerminalText.oneLine(host) + ":" + port + " ("
                    + TerminalText.oneLine(String.valueOf(e.getMessage()))
                    + "); try another --port, or --port 0 for any free one");
        } catch (IOException e) {
            throw new UserInputException("cannot listen on " + TerminalText.oneLine(host) + ":" + port + ": "
                    + TerminalText.oneLine(String.valueOf(e.getMessage())));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    server.close();
                    stopped.countDown();
                },
                "inertia-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving on " + server.uri() + " \u2014 Ctrl-C to stop");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped from inside the process (tests): close as Ctrl-C would.
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }
}
