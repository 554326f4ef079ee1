# syntax=docker/dockerfile:1
# DeployBot: build with the .NET SDK, run on the ASP.NET runtime image as a non-root user.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# The same command CI runs (.ci/publish-check) so what the image ships is what CI starts and probes.
RUN dotnet publish src/DeployBot.Host/DeployBot.Host.csproj -c Release -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
ENV ASPNETCORE_URLS=http://+:3978 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    Storage__ConnectionString="Data Source=/app/data/deploybot.db"
COPY --from=build /app/publish .
RUN mkdir -p /app/data && chown -R app:app /app/data
# SQLite lives on this volume; with Storage__Provider=Postgres it stays empty.
VOLUME ["/app/data"]
# Numeric (the image's APP_UID, user 'app'), so Kubernetes' runAsNonRoot can verify it.
USER $APP_UID
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["dotnet", "DeployBot.Host.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "DeployBot.Host.dll"]
