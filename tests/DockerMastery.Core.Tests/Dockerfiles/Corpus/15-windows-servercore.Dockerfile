# escape=`
FROM mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2022 AS build
WORKDIR C:\src
COPY . .
RUN msbuild App.sln /p:Configuration=Release `
    /p:OutputPath=C:\out

FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
WORKDIR C:\inetpub\wwwroot
COPY --from=build C:\out\_PublishedWebsites\App .
RUN Remove-Item -Recurse C:\inetpub\wwwroot\aspnet_client -ErrorAction SilentlyContinue; `
    Write-Host 'done'
